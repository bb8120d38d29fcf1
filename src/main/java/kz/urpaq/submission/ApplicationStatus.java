package kz.urpaq.submission;

/** Where an application stands (domain.md §5). */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, WITHDRAWN, ELIGIBLE, INELIGIBLE,
    /** Returned to its applicant during screening with what to fix, until its revision deadline (domain.md §13). */
    REVISION_REQUESTED;

    public String labelKey() {
        return "application.status." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the applicant may still change the text (a revision: until its deadline). */
    public boolean isEditable() {
        return this == DRAFT || this == REVISION_REQUESTED;
    }
}
