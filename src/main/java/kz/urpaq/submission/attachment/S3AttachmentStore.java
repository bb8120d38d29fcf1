package kz.urpaq.submission.attachment;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyExistsException;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Keeps attachments in an S3-compatible object store (docs/decisions/025-object-store.md), one
 * object per stored file under {@code prefix + storageName}. Writing streams the file with its
 * known length (the SDK signs it in chunks, never holding it whole); reading streams the object's
 * body as it arrives.
 *
 * <p>The rows that name the files live in PostgreSQL, whose transaction may still roll back after
 * {@link #put}: an object written in a transaction that rolls back is removed again, and a delete
 * waits for the commit, so no row ever names a missing object.
 */
class S3AttachmentStore implements AttachmentStore {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    S3AttachmentStore(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix;
    }

    @Override
    public StoredFile put(String storageName, InputStream content, long sizeBytes) throws IOException {
        var digest = new DigestInputStream(new ExactLength(content, sizeBytes), sha256());
        s3.putObject(request -> request.bucket(bucket).key(key(storageName)).contentLength(sizeBytes)
                        .contentType("application/octet-stream"),
                RequestBody.fromInputStream(digest, sizeBytes));
        afterRollback(() -> deleteKey(key(storageName)));
        return new StoredFile(sizeBytes, HexFormat.of().formatHex(digest.getMessageDigest().digest()));
    }

    @Override
    public InputStream open(String storageName) throws IOException {
        try {
            return s3.getObject(request -> request.bucket(bucket).key(key(storageName)));
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(storageName);
        }
    }

    @Override
    public void delete(String storageName) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deleteKey(key(storageName));
                }
            });
        } else {
            deleteKey(key(storageName));
        }
    }

    /** Whether an object is stored under the name, and how long it is (-1 when none). */
    long sizeOf(String storageName) {
        try {
            return s3.headObject(request -> request.bucket(bucket).key(key(storageName))).contentLength();
        } catch (NoSuchKeyException e) {
            return -1;
        }
    }

    /**
     * Creates the bucket when it does not exist yet (a fresh cluster); two instances starting at
     * once both succeed.
     */
    void ensureBucket() {
        try {
            s3.headBucket(request -> request.bucket(bucket));
        } catch (NoSuchBucketException e) {
            try {
                s3.createBucket(request -> request.bucket(bucket));
            } catch (BucketAlreadyOwnedByYouException | BucketAlreadyExistsException raced) {
                // another instance created it a moment ago
            }
        }
    }

    @Override
    public String describe() {
        s3.headBucket(request -> request.bucket(bucket));
        return "s3 bucket " + bucket;
    }

    private String key(String storageName) {
        return prefix + storageName;
    }

    private void deleteKey(String key) {
        s3.deleteObject(request -> request.bucket(bucket).key(key));
    }

    private static void afterRollback(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_ROLLED_BACK) {
                        action.run();
                    }
                }
            });
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Fails the upload when the stream ends before or runs past the declared length. */
    private static final class ExactLength extends FilterInputStream {

        private final long expected;
        private long read;

        ExactLength(InputStream in, long expected) {
            super(in);
            this.expected = expected;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? -1 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(n);
            return n;
        }

        private void count(int n) throws IOException {
            if (n < 0) {
                if (read != expected) {
                    throw new IOException("the file ended after " + read + " of " + expected + " bytes");
                }
                return;
            }
            read += n;
            if (read > expected) {
                throw new IOException("the file is longer than the " + expected + " bytes declared");
            }
        }
    }
}
