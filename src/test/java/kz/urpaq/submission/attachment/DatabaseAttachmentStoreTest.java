package kz.urpaq.submission.attachment;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import static kz.urpaq.submission.attachment.DatabaseAttachmentStore.CHUNK_SIZE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class DatabaseAttachmentStoreTest {

    @Autowired
    DatabaseAttachmentStore store;

    @Test
    void a_file_of_several_chunks_comes_back_byte_for_byte() throws Exception {
        var name = newName();
        long size = 3L * CHUNK_SIZE + 12_345;
        var expected = sha256(TestFiles.pseudoRandom(size, 7));

        var stored = store.put(name, TestFiles.pseudoRandom(size, 7), size);

        assertThat(stored.sizeBytes()).isEqualTo(size);
        assertThat(stored.sha256()).isEqualTo(expected);
        try (var in = store.open(name)) {
            assertThat(sha256(in)).isEqualTo(expected);
        }
    }

    @Test
    void reading_fetches_one_chunk_at_a_time_on_demand() throws Exception {
        var name = newName();
        store.put(name, TestFiles.pseudoRandom(4L * CHUNK_SIZE, 3), 4L * CHUNK_SIZE);

        try (var in = store.open(name)) {
            assertThat(in.chunksFetched()).isZero();
            in.readNBytes(10);
            assertThat(in.chunksFetched()).isEqualTo(1);
            assertThat(in.available()).isEqualTo(CHUNK_SIZE - 10);
            in.readNBytes(CHUNK_SIZE);
            assertThat(in.chunksFetched()).isEqualTo(2);
            in.transferTo(java.io.OutputStream.nullOutputStream());
            assertThat(in.chunksFetched()).isEqualTo(4);
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void an_exact_multiple_of_the_chunk_size_and_an_empty_file_both_round_trip() throws Exception {
        var exact = newName();
        var empty = newName();

        store.put(exact, TestFiles.pseudoRandom(2L * CHUNK_SIZE, 5), 2L * CHUNK_SIZE);
        store.put(empty, new ByteArrayInputStream(new byte[0]), 0);

        try (var in = store.open(exact)) {
            assertThat(sha256(in)).isEqualTo(sha256(TestFiles.pseudoRandom(2L * CHUNK_SIZE, 5)));
            assertThat(in.chunksFetched()).isEqualTo(2);
        }
        try (var in = store.open(empty)) {
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void a_deleted_or_unknown_file_cannot_be_opened() throws Exception {
        var name = newName();
        var hello = "Сәлем".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        store.put(name, new ByteArrayInputStream(hello), hello.length);

        store.delete(name);

        assertThatThrownBy(() -> store.open(name)).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> store.open(newName())).isInstanceOf(NoSuchFileException.class);
    }

    private static String newName() {
        return "test-" + UUID.randomUUID();
    }

    private static String sha256(InputStream in) throws IOException {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            try (var digesting = new DigestInputStream(in, digest)) {
                digesting.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
