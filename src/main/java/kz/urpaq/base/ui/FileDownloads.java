package kz.urpaq.base.ui;

import com.vaadin.flow.server.streams.DownloadHandler;

import java.util.function.Supplier;

/**
 * Downloads of the small files kept whole in a row (a message's, an appeal's, a report's): read when
 * the link is followed, as the person who follows it, and sent with their type and name, never sniffed.
 */
public final class FileDownloads {

    /** A file as it is sent. */
    public record File(String name, String mediaType, byte[] bytes) {
    }

    private FileDownloads() {
    }

    public static DownloadHandler of(Supplier<File> read) {
        return event -> {
            var file = read.get();
            event.setFileName(file.name());
            event.setContentType(file.mediaType());
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff"); // i18n-exempt: an HTTP header
            event.setContentLength(file.bytes().length);
            try (var out = event.getOutputStream()) {
                out.write(file.bytes());
            }
        };
    }
}
