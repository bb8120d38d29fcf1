package kz.urpaq.submission.attachment;

import jakarta.servlet.http.HttpServletResponse;
import kz.urpaq.submission.BlindReadingService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Serves the files of applications at {@code /files/{id}} to those {@link AttachmentService}
 * lets open them; only signed-in people get this far (SecurityConfiguration). The body streams
 * from the store, and the headers keep browsers from running or caching what people upload.
 */
@RestController
public class AttachmentDownloadController {

    static final String PATH_PREFIX = "files/";
    /** Where jurors download the files of applications assigned to them, under neutral names only. */
    public static final String REVIEW_PATH_PREFIX = "files/review/";

    private final AttachmentService attachments;
    private final BlindReadingService blindReading;

    AttachmentDownloadController(AttachmentService attachments, BlindReadingService blindReading) {
        this.attachments = attachments;
        this.blindReading = blindReading;
    }

    /**
     * A juror's download: the neutral name only, PDFs stripped of their metadata, and PDFs and
     * images shown inline so that they open in the browser's own viewer. Chrome's PDF viewer does
     * not run in a sandboxed document, so PDFs get {@code default-src 'none'} without the sandbox;
     * the rest keep it.
     */
    @GetMapping("/" + REVIEW_PATH_PREFIX + "{attachmentId}")
    void review(@PathVariable long attachmentId, HttpServletResponse response) throws IOException {
        DownloadableFile file;
        try {
            file = blindReading.open(attachmentId);
        } catch (AccessDeniedException e) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return;
        }
        try (file) {
            boolean inline = file.fileType() == FileType.PDF || file.fileType() == FileType.JPEG
                    || file.fileType() == FileType.PNG;
            response.setContentType(file.fileType().mediaType());
            response.setContentLengthLong(file.sizeBytes());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    (inline ? "inline" : "attachment") + "; filename=\"" + file.fileName() + '"');
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
            response.setHeader("Content-Security-Policy",
                    file.fileType() == FileType.PDF ? "default-src 'none'" : "default-src 'none'; sandbox");
            file.content().transferTo(response.getOutputStream());
        }
    }

    @GetMapping("/" + PATH_PREFIX + "{attachmentId}")
    void download(@PathVariable long attachmentId, HttpServletResponse response) throws IOException {
        DownloadableFile file;
        try {
            file = attachments.openForDownload(attachmentId);
        } catch (AccessDeniedException e) {
            // The same answer as for an id that does not exist: nothing about the file leaks.
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return;
        }
        try (file) {
            response.setContentType(file.fileType().mediaType());
            response.setContentLengthLong(file.sizeBytes());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(file));
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
            response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
            file.content().transferTo(response.getOutputStream());
        }
    }

    /**
     * {@code attachment}, the neutral name as the plain {@code filename} (ASCII, generated), and
     * the uploaded name, when the person may know it, percent-encoded as {@code filename*}
     * (RFC 6266, RFC 5987): no quote, semicolon or line break of an uploaded name can reach the
     * header as itself.
     */
    static String contentDisposition(DownloadableFile file) {
        var value = new StringBuilder("attachment; filename=\"").append(file.fileName()).append('"');
        if (file.originalName() != null) {
            value.append("; filename*=UTF-8''").append(rfc5987(file.originalName()));
        }
        return value.toString();
    }

    static String rfc5987(String value) {
        var encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && isAttrChar((char) c)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }

    private static boolean isAttrChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0;
    }
}
