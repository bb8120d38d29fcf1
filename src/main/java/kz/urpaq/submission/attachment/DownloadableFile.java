package kz.urpaq.submission.attachment;

import org.jspecify.annotations.Nullable;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * A file opened for one person to download. {@code fileName} is neutral and always safe;
 * {@code originalName} is the name it was uploaded under, given only to those who may know it.
 * The content streams from the store: close it.
 */
public record DownloadableFile(
        String fileName,
        @Nullable String originalName,
        FileType fileType,
        long sizeBytes,
        InputStream content) implements Closeable {

    @Override
    public void close() throws IOException {
        content.close();
    }
}
