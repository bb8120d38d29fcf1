package kz.urpaq.submission;

import kz.urpaq.competition.CompetitionOverview;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * An application as its applicant sees it, with what the form needs to know: whether it can
 * still be changed, submitted, withdrawn or reopened at this moment.
 */
public record ApplicationDetails(
        long id,
        long version,
        CompetitionOverview competition,
        ApplicationStatus status,
        @Nullable String referenceNumber,
        ApplicationContent content,
        @Nullable String screeningReason,
        Instant createdAt,
        Instant savedAt,
        @Nullable Instant submittedAt,
        @Nullable Instant withdrawnAt,
        boolean submissionsOpen,
        List<MissingItem> missing,
        @Nullable String revisionNote,
        @Nullable Instant revisionDeadline,
        boolean revisionOpen) {

    /** A draft while submissions are open; an application returned for revision until its revision deadline. */
    public boolean editable() {
        return status == ApplicationStatus.DRAFT && submissionsOpen
                || status == ApplicationStatus.REVISION_REQUESTED && revisionOpen;
    }

    public boolean canWithdraw() {
        return status == ApplicationStatus.SUBMITTED && submissionsOpen;
    }

    public boolean canReopen() {
        return status == ApplicationStatus.WITHDRAWN && submissionsOpen;
    }
}
