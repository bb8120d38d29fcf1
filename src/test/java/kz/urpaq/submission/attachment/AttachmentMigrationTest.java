package kz.urpaq.submission.attachment;

import kz.urpaq.submission.TestApplications;
import kz.urpaq.testing.InJvmS3;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.util.UUID;

import static kz.urpaq.submission.attachment.S3AttachmentStoreTest.sha256;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command that moves an installation's files from the database to the object store: here on
 * the test database, into a fresh bucket of the in-JVM S3 server. (The Spring context stays the
 * shared one with the database store; the object store is built by hand.)
 */
@SpringBootTest
class AttachmentMigrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DatabaseAttachmentStore database;

    S3AttachmentStore s3;
    AttachmentMigration migration;
    String file;
    String blindCopy;
    byte[] blindBytes;

    @BeforeEach
    void filesInTheDatabaseAndAnEmptyBucket() throws Exception {
        var client = ObjectStoreConfiguration.client(InJvmS3.endpoint(), "us-east-1", InJvmS3.ACCESS_KEY,
                InJvmS3.SECRET_KEY, true);
        var bucket = "migration-" + UUID.randomUUID();
        client.createBucket(request -> request.bucket(bucket));
        s3 = new S3AttachmentStore(client, bucket, "attachments/");
        migration = new AttachmentMigration(jdbc, database, s3);

        var application = TestApplications.draft(context, TestApplications.competition(context), "aruzhan@urpaq.local");
        var bytes = TestFiles.pseudoRandom(700_000, 21).readAllBytes();
        var id = TestApplications.attach(context, application, AttachmentKind.PROJECT_DESCRIPTION, "project.pdf",
                FileType.PDF, bytes);
        file = jdbc.sql("select storage_name from attachment where id = :id").param("id", id).query(String.class).single();
        blindCopy = "blind-" + UUID.randomUUID();
        blindBytes = TestFiles.pseudoRandom(300_000, 22).readAllBytes();
        database.put(blindCopy, new ByteArrayInputStream(blindBytes), blindBytes.length);
        jdbc.sql("update attachment set blind_storage_name = :name, blind_size_bytes = :size where id = :id")
                .param("name", blindCopy).param("size", blindBytes.length).param("id", id).update();
    }

    @Test
    void every_file_and_blind_copy_is_copied_and_verified_and_a_second_run_copies_nothing() throws Exception {
        long files = jdbc.sql("select count(*) + count(blind_storage_name) from attachment").query(Long.class).single();

        var first = migration.migrate();

        assertThat(first.failed()).isEmpty();
        assertThat(first.copied()).isEqualTo(files);
        try (var in = s3.open(file); var original = database.open(file)) {
            assertThat(sha256(in)).isEqualTo(sha256(original));
        }
        try (var in = s3.open(blindCopy)) {
            assertThat(sha256(in)).isEqualTo(sha256(new ByteArrayInputStream(blindBytes)));
        }

        var second = migration.migrate();

        assertThat(second.copied()).isZero();
        assertThat(second.alreadyThere()).isEqualTo(files);
        assertThat(second.failed()).isEmpty();
    }

    @Test
    void an_object_that_differs_from_the_database_is_copied_again() throws Exception {
        migration.migrate();
        long size = s3.sizeOf(file);
        s3.put(file, TestFiles.pseudoRandom(size, 99), size);

        var again = migration.migrate();

        assertThat(again.copied()).isEqualTo(1);
        assertThat(again.failed()).isEmpty();
        try (var in = s3.open(file); var original = database.open(file)) {
            assertThat(sha256(in)).isEqualTo(sha256(original));
        }
    }

    @Test
    void a_file_whose_bytes_no_longer_match_its_recorded_hash_is_reported_not_counted() {
        var recorded = jdbc.sql("select sha256 from attachment where storage_name = :name").param("name", file)
                .query(String.class).single();
        var wrong = "0".repeat(64);
        jdbc.sql("update attachment set sha256 = :wrong where storage_name = :name")
                .param("wrong", wrong).param("name", file).update();
        try {
            var report = migration.migrate();

            assertThat(report.failed()).singleElement().asString().startsWith(file + ": SHA-256 " + wrong);
        } finally {
            jdbc.sql("update attachment set sha256 = :sha where storage_name = :name")
                    .param("sha", recorded).param("name", file).update();
        }
    }
}
