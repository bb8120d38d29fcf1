package kz.urpaq.submission.attachment;

import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.i18n.TranslationKeys;

/** A file Urpaq will not keep, and why, in words the applicant can act on. */
public class AttachmentRejectedException extends RefusedException {

    /** Why a file is refused; each has a translated message under {@link #messageKey()}. */
    public enum Reason {
        /** The file has no bytes at all. */
        EMPTY,
        /** Larger than the competition's limit per file. */
        FILE_TOO_LARGE,
        /** Would take the application over the competition's limit for all its files. */
        APPLICATION_TOO_LARGE,
        /** None of the types this kind of attachment accepts, by its content, whatever its name says. */
        UNKNOWN_TYPE,
        /** A program or script, whatever its name says. */
        EXECUTABLE,
        /** Starts like a PDF but cannot be read: damaged or cut short. */
        DAMAGED_PDF,
        /** A PDF that needs a password or is encrypted. */
        ENCRYPTED_PDF,
        /** A zip archive that is not a complete Excel workbook. */
        DAMAGED_SPREADSHEET,
        /** An Excel workbook with macros. */
        SPREADSHEET_WITH_MACROS,
        /** A type this kind of attachment does not accept (a photo as the project description). */
        TYPE_NOT_ACCEPTED,
        /** Starts like a JPEG or PNG but does not decode to a picture: damaged, cut short or empty. */
        DAMAGED_IMAGE,
        /** A picture with more pixels than any photo or scan of a document needs. */
        IMAGE_TOO_LARGE,
        /** A workbook that unpacks to far more than a cost estimate needs: too big, too many parts or a zip bomb. */
        SPREADSHEET_TOO_LARGE,
        /** A PDF form that only Adobe's reader can draw (dynamic XFA): its pages hold no content of their own. */
        PDF_FORM_NEEDS_READER,
        /** The application is no longer a draft. */
        NOT_A_DRAFT;

        public String messageKey() {
            return TranslationKeys.of("attachment.rejected", this);
        }
    }

    /** The limits the messages name, as people count them; they travel with the refusal as its arguments. */
    private static final long MAX_MEGAPIXELS = ImageFiles.MAX_PIXELS / 1_000_000;
    private static final long MAX_SPREADSHEET_MEGABYTES = Workbooks.MAX_UNPACKED_BYTES / (1024 * 1024);
    private static final int MAX_SPREADSHEET_PARTS = Workbooks.MAX_ENTRIES;

    private final Reason reason;

    /**
     * The limits a message names come with it; the types a field accepts (for {@code UNKNOWN_TYPE}
     * and {@code TYPE_NOT_ACCEPTED}) depend on the field, which the form that shows it knows.
     */
    public AttachmentRejectedException(Reason reason) {
        super(reason.messageKey(), switch (reason) {
            case IMAGE_TOO_LARGE -> new Object[] {MAX_MEGAPIXELS};
            case SPREADSHEET_TOO_LARGE -> new Object[] {MAX_SPREADSHEET_MEGABYTES, MAX_SPREADSHEET_PARTS};
            default -> new Object[0];
        });
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
