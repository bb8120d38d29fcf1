package kz.urpaq.submission.attachment;

import kz.urpaq.submission.attachment.AttachmentRejectedException.Reason;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

/**
 * Files that travel with a message or an appeal (domain.md §13), checked exactly like attachments:
 * read no further than one byte past the limit, the type judged by content (PDF, JPEG or PNG, no
 * programs), pictures stripped of their metadata, the name cleaned.
 */
public final class CheckedFiles {

    /** The most a message's or an appeal's file may hold. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    /** A file that passed the checks: its cleaned name, its type by content and its bytes. */
    public record CheckedFile(String name, FileType type, byte[] bytes) {
    }

    private CheckedFiles() {
    }

    /**
     * @throws AttachmentRejectedException with the reason the file was refused, as for an attachment
     */
    public static CheckedFile check(String originalName, InputStream content) {
        Path spooled = null;
        Path cleaned = null;
        try {
            spooled = Files.createTempFile("urpaq-message-", ".part");
            try (var out = Files.newOutputStream(spooled)) {
                var read = content.readNBytes((int) MAX_BYTES + 1);
                if (read.length > MAX_BYTES) {
                    throw new AttachmentRejectedException(Reason.FILE_TOO_LARGE);
                }
                out.write(read);
            }
            var type = FileInspector.inspect(spooled, EnumSet.of(FileType.PDF, FileType.JPEG, FileType.PNG));
            Path kept = spooled;
            if (type == FileType.JPEG || type == FileType.PNG) {
                cleaned = Files.createTempFile("urpaq-message-image-", "." + type.extension());
                ImageFiles.clean(type, spooled, cleaned);
                kept = cleaned;
            }
            return new CheckedFile(AttachmentService.withExtension(AttachmentService.cleanName(originalName), type),
                    type, Files.readAllBytes(kept));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (var file : new Path[] {spooled, cleaned}) {
                if (file != null) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException ignored) {
                        // a temporary file; the system's cleaner takes it
                    }
                }
            }
        }
    }
}
