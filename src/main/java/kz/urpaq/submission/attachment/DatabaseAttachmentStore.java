package kz.urpaq.submission.attachment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Keeps attachments in the database, in chunks of {@value #CHUNK_SIZE} bytes, so that every
 * instance of the app sees the same files and backups hold them. Writing joins the caller's
 * transaction; reading fetches one chunk at a time, on demand.
 */
/** The default; {@code urpaq.attachments.store=s3} puts {@link S3AttachmentStore} in front of it. */
@Component
class DatabaseAttachmentStore implements AttachmentStore {

    static final int CHUNK_SIZE = 256 * 1024;

    private final JdbcClient jdbc;

    DatabaseAttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public StoredFile put(String storageName, InputStream content, long sizeBytes) throws IOException {
        var digest = sha256();
        var buffer = new byte[CHUNK_SIZE];
        long size = 0;
        int index = 0;
        int filled;
        do {
            filled = content.readNBytes(buffer, 0, CHUNK_SIZE);
            // An empty file still gets its (empty) first chunk, so that it can be opened.
            if (filled > 0 || index == 0) {
                digest.update(buffer, 0, filled);
                insertChunk(storageName, index++, filled == CHUNK_SIZE ? buffer : Arrays.copyOf(buffer, filled));
                size += filled;
            }
        } while (filled == CHUNK_SIZE);
        if (size != sizeBytes) {
            throw new IOException("stored " + size + " bytes of a file declared as " + sizeBytes);
        }
        return new StoredFile(size, HexFormat.of().formatHex(digest.digest()));
    }

    private void insertChunk(String storageName, int index, byte[] bytes) {
        jdbc.sql("insert into attachment_chunk (storage_name, chunk_index, bytes) values (:name, :index, :bytes)")
                .param("name", storageName)
                .param("index", index)
                .param("bytes", bytes)
                .update();
    }

    @Override
    public ChunkedInputStream open(String storageName) throws IOException {
        var chunks = jdbc.sql("select count(*) from attachment_chunk where storage_name = :name")
                .param("name", storageName)
                .query(Integer.class)
                .single();
        if (chunks == 0) {
            throw new NoSuchFileException(storageName);
        }
        return new ChunkedInputStream(storageName, chunks);
    }

    @Override
    public void delete(String storageName) {
        jdbc.sql("delete from attachment_chunk where storage_name = :name").param("name", storageName).update();
    }

    @Override
    public String describe() {
        jdbc.sql("select count(*) from attachment_chunk where 1 = 0").query(Integer.class).single();
        return "database";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Reads a stored file chunk by chunk: at most one chunk is in memory at a time. */
    final class ChunkedInputStream extends InputStream {

        private final String storageName;
        private final int chunkCount;
        private byte[] chunk = new byte[0];
        private int position;
        private int nextIndex;
        private boolean closed;

        private ChunkedInputStream(String storageName, int chunkCount) {
            this.storageName = storageName;
            this.chunkCount = chunkCount;
        }

        /** How many chunks have been fetched from the database so far. */
        int chunksFetched() {
            return nextIndex;
        }

        @Override
        public int read() throws IOException {
            if (!ensureAvailable()) {
                return -1;
            }
            return chunk[position++] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, target.length);
            if (length == 0) {
                return 0;
            }
            if (!ensureAvailable()) {
                return -1;
            }
            int count = Math.min(length, chunk.length - position);
            System.arraycopy(chunk, position, target, offset, count);
            position += count;
            return count;
        }

        @Override
        public int available() {
            return closed ? 0 : chunk.length - position;
        }

        @Override
        public void close() {
            closed = true;
            chunk = new byte[0];
        }

        private boolean ensureAvailable() throws IOException {
            if (closed) {
                throw new IOException("stream closed");
            }
            while (position == chunk.length) {
                if (nextIndex == chunkCount) {
                    return false;
                }
                chunk = fetch(nextIndex++);
                position = 0;
            }
            return true;
        }

        private byte[] fetch(int index) throws IOException {
            var bytes = jdbc.sql("select bytes from attachment_chunk where storage_name = :name and chunk_index = :index")
                    .param("name", storageName)
                    .param("index", index)
                    .query(byte[].class)
                    .optional();
            if (bytes.isEmpty()) {
                throw new IOException("chunk " + index + " of " + storageName + " is missing");
            }
            return bytes.get();
        }
    }
}
