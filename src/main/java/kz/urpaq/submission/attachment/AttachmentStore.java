package kz.urpaq.submission.attachment;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of attachments live, under generated storage names. Implementations stream:
 * neither writing nor reading holds a whole file in memory, and every instance of the app sees
 * the same files.
 */
public interface AttachmentStore {

    /**
     * Stores the stream's {@code sizeBytes} bytes under a new name; the caller closes the stream.
     * The length is known beforehand (a file on disk, a row's size), so an object store can stream
     * the upload instead of buffering it.
     */
    StoredFile put(String storageName, InputStream content, long sizeBytes) throws IOException;

    /**
     * Opens a stored file for reading; the caller closes the stream.
     *
     * @throws java.nio.file.NoSuchFileException when nothing is stored under the name
     */
    InputStream open(String storageName) throws IOException;

    /** Forgets a stored file; nothing happens when there is none. */
    void delete(String storageName);

    /**
     * Asks the store whether it answers, for readiness.
     *
     * @return where the files are, for the health details (no secrets)
     */
    String describe() throws IOException;

    /** What was stored: the number of bytes and their SHA-256 in lower-case hex. */
    record StoredFile(long sizeBytes, String sha256) {
    }
}
