package kz.urpaq.submission;

/** Where an application stands (domain.md §5). */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, WITHDRAWN, ELIGIBLE, INELIGIBLE;

    public String labelKey() {
        return "application.status." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the applicant may still change the text. */
    public boolean isEditable() {
        return this == DRAFT;
    }
}
