package kz.urpaq.submission.attachment;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Copies every stored file (applicants' files and the jurors' blind copies) from the database to
 * the object store and reads each back to compare its SHA-256 with the database's. Run it again at
 * will: a file already in the object store with the right hash is left alone. The database's copy
 * is kept; delete the chunks once the object store is in use and backed up.
 */
class AttachmentMigration {

    private final JdbcClient jdbc;
    private final DatabaseAttachmentStore database;
    private final S3AttachmentStore s3;

    AttachmentMigration(JdbcClient jdbc, DatabaseAttachmentStore database, S3AttachmentStore s3) {
        this.jdbc = jdbc;
        this.database = database;
        this.s3 = s3;
    }

    record Report(int copied, int alreadyThere, List<String> failed) {
    }

    private record StoredName(String name, long sizeBytes, @Nullable String sha256) {
    }

    Report migrate() {
        var files = jdbc.sql("""
                        select storage_name, size_bytes, sha256 from attachment
                        union all
                        select blind_storage_name, blind_size_bytes, null from attachment where blind_storage_name is not null
                        order by 1""")
                .query((row, index) -> new StoredName(row.getString(1), row.getLong(2), row.getString(3)))
                .list();
        int copied = 0;
        int alreadyThere = 0;
        var failed = new ArrayList<String>();
        for (var file : files) {
            try {
                // The applicant's file carries its hash since the upload; a blind copy's comes from its chunks.
                var expected = file.sha256() != null ? file.sha256() : hashOf(database.open(file.name()));
                if (s3.sizeOf(file.name()) == file.sizeBytes() && expected.equals(hashOf(s3.open(file.name())))) {
                    alreadyThere++;
                    continue;
                }
                AttachmentStore.StoredFile stored;
                try (var in = database.open(file.name())) {
                    stored = s3.put(file.name(), in, file.sizeBytes());
                }
                var readBack = hashOf(s3.open(file.name()));
                if (!stored.sha256().equals(expected) || !readBack.equals(expected)) {
                    failed.add("%s: SHA-256 %s expected, the database gave %s, the object store %s"
                            .formatted(file.name(), expected, stored.sha256(), readBack));
                } else {
                    copied++;
                }
            } catch (IOException | RuntimeException e) {
                failed.add(file.name() + ": " + e);
            }
        }
        return new Report(copied, alreadyThere, List.copyOf(failed));
    }

    private static String hashOf(InputStream content) throws IOException {
        try (var in = new DigestInputStream(content, S3AttachmentStore.sha256())) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        }
    }
}
