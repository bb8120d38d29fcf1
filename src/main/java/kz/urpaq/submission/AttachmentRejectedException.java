package kz.urpaq.submission;

import java.util.Locale;

/** A file Urpaq will not keep, and why, in words the applicant can act on. */
public class AttachmentRejectedException extends RuntimeException {

    /** Why a file is refused; each has a translated message under {@link #messageKey()}. */
    public enum Reason {
        /** The file has no bytes at all. */
        EMPTY,
        /** Larger than the competition's limit per file. */
        FILE_TOO_LARGE,
        /** Would take the application over the competition's limit for all its files. */
        APPLICATION_TOO_LARGE,
        /** Not a PDF, JPEG, PNG or XLSX by its content, whatever its name says. */
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
        /** The application is no longer a draft. */
        NOT_A_DRAFT;

        public String messageKey() {
            return "attachment.rejected." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public AttachmentRejectedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
