package kz.urpaq.submission.attachment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The copy of a file that jurors get (domain.md §6): what they need to judge the project — pages, cell
 * values, pixels — and nothing that names the applicant or runs on its own. Made once, at upload,
 * from a file {@link FileInspector} has accepted; see docs/decisions/014-clean-blind-copies.md.
 */
public final class BlindCopy {

    private BlindCopy() {
    }

    /**
     * Writes the juror's copy of {@code source} to a new temporary file, which the caller deletes.
     *
     * @throws AttachmentRejectedException when the file cannot be made into a clean copy
     */
    public static Path make(FileType type, Path source) throws IOException {
        var target = Files.createTempFile("urpaq-blind-", "." + type.extension());
        try {
            switch (type) {
                case PDF -> PdfFiles.blindCopy(source, target);
                case XLSX -> Workbooks.blindCopy(source, target);
                case JPEG, PNG -> ImageFiles.clean(type, source, target);
            }
            return target;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(target);
            throw e;
        }
    }
}
