package kz.urpaq.review;

import java.util.Locale;

/**
 * Where a juror's work on one application stands. The score sheet (a later issue) moves it from
 * NEW to DRAFT to SUBMITTED; a conflict moves it to DECLINED.
 */
public enum AssignmentState {
    NEW, DRAFT, SUBMITTED, DECLINED;

    public String labelKey() {
        return "assignment.state." + name().toLowerCase(Locale.ROOT);
    }

    /** Whether the juror still counts as a reviewer of the application (and against their cap). */
    public boolean isActive() {
        return this != DECLINED;
    }

    /** Work the juror still has to finish. */
    public boolean isOpen() {
        return this == NEW || this == DRAFT;
    }
}
