package kz.urpaq.submission.attachment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Removes the temporary files of uploads ({@code urpaq-upload-*.part}, {@code urpaq-image-*}) that a
 * killed process left behind: at start and every hour. Only files older than
 * {@code urpaq.upload.temp-max-age} (1 h) go, so an upload in progress here or on another instance
 * sharing the directory keeps its file.
 */
@Component
class UploadTempFiles {

    private static final Logger log = LoggerFactory.getLogger(UploadTempFiles.class);

    private final Path directory;
    private final Duration maxAge;

    UploadTempFiles(@Value("${java.io.tmpdir}") String directory,
                    @Value("${urpaq.upload.temp-max-age:1h}") Duration maxAge) {
        this.directory = Path.of(directory);
        this.maxAge = maxAge;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        sweep();
    }

    @Scheduled(fixedDelayString = "${urpaq.upload.temp-sweep-interval:1h}",
            initialDelayString = "${urpaq.upload.temp-sweep-interval:1h}")
    void periodically() {
        sweep();
    }

    /** @return how many files were removed */
    int sweep() {
        int removed = 0;
        var before = java.time.Instant.now().minus(maxAge);
        for (var pattern : new String[]{"urpaq-upload-*.part", "urpaq-image-*"}) {
            try (var files = Files.newDirectoryStream(directory, pattern)) {
                for (var file : files) {
                    try {
                        if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isBefore(before)
                                && Files.deleteIfExists(file)) {
                            removed++;
                        }
                    } catch (IOException e) {
                        log.warn("Could not remove the upload temp file {}: {}", file, e.toString());
                    }
                }
            } catch (IOException e) {
                log.warn("Could not look for upload temp files in {}: {}", directory, e.toString());
            }
        }
        if (removed > 0) {
            log.info("Removed {} upload temp file(s) left behind", removed);
        }
        return removed;
    }
}
