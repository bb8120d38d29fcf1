package kz.urpaq.submission;

import kz.urpaq.submission.attachment.AttachmentDownloadController;
import kz.urpaq.submission.attachment.AttachmentKind;
import kz.urpaq.submission.attachment.FileType;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * An application as a juror reads it (domain.md §6): the project only. No applicant, IIN, contacts,
 * school or team names, and files only under neutral names.
 */
public record BlindApplication(
        long applicationId,
        @Nullable String referenceNumber,
        String title,
        String summary,
        String relevance,
        String goals,
        String expectedResults,
        String audience,
        String place,
        String videoUrl,
        List<Milestone> milestones,
        List<BudgetLine> budget,
        long budgetTotalTenge,
        int teamSize,
        List<BlindAttachment> attachments) {

    /** A file under its neutral name, downloaded through the jurors' address. */
    public record BlindAttachment(long id, AttachmentKind kind, FileType fileType, long sizeBytes, String fileName) {

        public String downloadPath() {
            return AttachmentDownloadController.REVIEW_PATH_PREFIX + id;
        }
    }
}
