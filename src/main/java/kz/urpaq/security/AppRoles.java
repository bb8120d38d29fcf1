package kz.urpaq.security;

/** Role names for {@code @RolesAllowed} and {@code @PreAuthorize}; the values of {@link Role}. */
public final class AppRoles {

    public static final String APPLICANT = "APPLICANT";
    public static final String JURY = "JURY";
    public static final String ADMIN = "ADMIN";
    /** Manages the organisers an installation hosts and their first administrators; nothing inside them. */
    public static final String PLATFORM = "PLATFORM";

    private AppRoles() {
    }
}
