package kz.urpaq.security;

/**
 * What an account may do (domain.md §2). One account may hold several roles. ADMIN and JURY say a
 * person is staff somewhere; which organisers' records they reach is their memberships'
 * ({@link StaffScope}, domain.md §17).
 */
public enum Role {
    APPLICANT(AppRoles.APPLICANT),
    JURY(AppRoles.JURY),
    ADMIN(AppRoles.ADMIN),
    PLATFORM(AppRoles.PLATFORM);

    private final String name;

    Role(String name) {
        this.name = name;
    }

    public String authority() {
        return "ROLE_" + name;
    }

    /** Translation key of the role's name as people read it. */
    public String labelKey() {
        return "role." + name().toLowerCase(java.util.Locale.ROOT);
    }
}

