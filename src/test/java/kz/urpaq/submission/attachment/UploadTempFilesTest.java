package kz.urpaq.submission.attachment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class UploadTempFilesTest {

    @Test
    void files_a_killed_upload_left_behind_go_while_a_running_upload_and_other_files_stay(@TempDir Path directory)
            throws Exception {
        var old = Files.createFile(directory.resolve("urpaq-upload-1.part"));
        var oldImage = Files.createFile(directory.resolve("urpaq-image-2.png"));
        var running = Files.createFile(directory.resolve("urpaq-upload-3.part"));
        var foreign = Files.createFile(directory.resolve("someone-else.part"));
        var twoHoursAgo = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
        for (var file : new Path[]{old, oldImage, foreign}) {
            Files.setLastModifiedTime(file, twoHoursAgo);
        }

        int removed = new UploadTempFiles(directory.toString(), Duration.ofHours(1)).sweep();

        assertThat(removed).isEqualTo(2);
        assertThat(old).doesNotExist();
        assertThat(oldImage).doesNotExist();
        assertThat(running).exists();
        assertThat(foreign).exists();
    }
}
