package kz.urpaq.submission.attachment;

import kz.urpaq.testing.InJvmS3;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.NoSuchFileException;
import java.security.DigestInputStream;
import java.util.HexFormat;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The object store against S3Proxy in this JVM, without Spring: it is plain code around the SDK's client. */
class S3AttachmentStoreTest {

    static S3Client client;
    static S3AttachmentStore store;

    @BeforeAll
    static void bucket() {
        client = ObjectStoreConfiguration.client(InJvmS3.endpoint(), "us-east-1", InJvmS3.ACCESS_KEY,
                InJvmS3.SECRET_KEY, true);
        var bucket = "store-test-" + UUID.randomUUID();
        client.createBucket(request -> request.bucket(bucket));
        store = new S3AttachmentStore(client, bucket, "attachments/");
    }

    @Test
    void a_file_of_40_mb_goes_up_and_comes_back_byte_for_byte_streamed_both_ways() throws Exception {
        long size = 40L * 1024 * 1024 + 123;
        var name = UUID.randomUUID().toString();
        var source = new Largest(TestFiles.pseudoRandom(size, 11));

        var stored = store.put(name, source, size);

        assertThat(stored.sizeBytes()).isEqualTo(size);
        assertThat(stored.sha256()).isEqualTo(sha256(TestFiles.pseudoRandom(size, 11)));
        // The SDK asks for small pieces: it never reads the file whole.
        assertThat(source.largestRead).isLessThanOrEqualTo(256 * 1024);
        try (var in = store.open(name)) {
            // The response's body as it arrives from the socket, not a copy in memory.
            assertThat(in).isInstanceOf(software.amazon.awssdk.core.ResponseInputStream.class);
            assertThat(sha256(in)).isEqualTo(stored.sha256());
        }
        assertThat(store.sizeOf(name)).isEqualTo(size);
        store.delete(name);
    }

    @Test
    void an_empty_file_round_trips() throws Exception {
        var name = UUID.randomUUID().toString();

        store.put(name, new ByteArrayInputStream(new byte[0]), 0);

        try (var in = store.open(name)) {
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void a_stream_shorter_than_declared_is_refused_and_nothing_is_kept() {
        var name = UUID.randomUUID().toString();

        assertThatThrownBy(() -> store.put(name, new ByteArrayInputStream(new byte[10]), 20))
                .isInstanceOf(Exception.class);

        assertThat(store.sizeOf(name)).isEqualTo(-1);
    }

    @Test
    void a_deleted_or_unknown_file_cannot_be_opened_and_deleting_twice_is_harmless() throws Exception {
        var name = UUID.randomUUID().toString();
        var hello = "Сәлем".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        store.put(name, new ByteArrayInputStream(hello), hello.length);

        store.delete(name);
        store.delete(name);

        assertThatThrownBy(() -> store.open(name)).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> store.open("never-stored")).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void the_store_describes_itself_for_readiness_and_fails_when_its_bucket_is_gone() throws Exception {
        assertThat(store.describe()).startsWith("s3 bucket store-test-");

        var missing = new S3AttachmentStore(client, "no-such-bucket-" + UUID.randomUUID(), "");
        assertThatThrownBy(missing::describe).isInstanceOf(RuntimeException.class);
    }

    @Test
    void a_missing_bucket_is_created_once_and_an_existing_one_is_left_alone() throws Exception {
        var fresh = new S3AttachmentStore(client, "fresh-" + UUID.randomUUID(), "");

        fresh.ensureBucket();
        fresh.ensureBucket();

        assertThat(fresh.describe()).startsWith("s3 bucket fresh-");
    }

    static String sha256(InputStream content) throws IOException {
        try (var in = new DigestInputStream(content, S3AttachmentStore.sha256())) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        }
    }

    /** Remembers the largest single read asked of the stream. */
    static final class Largest extends FilterInputStream {

        int largestRead;

        Largest(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            largestRead = Math.max(largestRead, length);
            return super.read(buffer, offset, length);
        }
    }
}
