package kz.urpaq.submission;

import kz.urpaq.security.CurrentUser;
import kz.urpaq.submission.attachment.Attachment;
import kz.urpaq.submission.attachment.AttachmentRejectedException;
import kz.urpaq.submission.attachment.AttachmentRepository;
import kz.urpaq.submission.attachment.AttachmentService;
import kz.urpaq.submission.attachment.AttachmentStore;
import kz.urpaq.submission.attachment.BlindCopy;
import kz.urpaq.submission.attachment.DownloadableFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Jurors read the applications assigned to them blind (domain.md §6): the project without the people,
 * and files under neutral names (never the identity document), as copies without anything that
 * names the applicant ({@link BlindCopy}).
 */
@Service
@PreAuthorize("hasRole('JURY')")
@Transactional(readOnly = true)
public class BlindReadingService {

    private static final Logger log = LoggerFactory.getLogger(BlindReadingService.class);

    private final ApplicationRepository applications;
    private final AttachmentRepository attachments;
    private final AttachmentStore store;
    private final ReviewerAccess access;
    private final CurrentUser currentUser;

    BlindReadingService(ApplicationRepository applications, AttachmentRepository attachments, AttachmentStore store,
                        ReviewerAccess access, CurrentUser currentUser) {
        this.applications = applications;
        this.attachments = attachments;
        this.store = store;
        this.access = access;
        this.currentUser = currentUser;
    }

    /** The project of an application assigned to the caller. */
    public BlindApplication read(long applicationId) {
        var application = readable(applicationId);
        var content = application.content();
        var files = attachments.findByApplicationIdOrderByUploadedAtAscIdAsc(applicationId).stream()
                .filter(a -> a.getKind().shownToJurors())
                .map(a -> new BlindApplication.BlindAttachment(Objects.requireNonNull(a.getId()), a.getKind(),
                        a.getFileType(), a.getSizeBytes(), AttachmentService.neutralName(a)))
                .toList();
        return new BlindApplication(applicationId, application.getReferenceNumber(), content.title(),
                content.summary(), content.relevance(), content.goals(), content.expectedResults(), content.audience(),
                content.place(), content.videoUrl(), content.milestones(), content.budget(),
                content.budgetTotalTenge(), content.team().size(), files);
    }

    /** Reference numbers and titles of the applications among these the caller may read. */
    public Map<Long, String> titles(Collection<Long> applicationIds) {
        long me = currentUser.require().accountId();
        var titles = new LinkedHashMap<Long, String>();
        applications.findAllById(applicationIds).stream()
                .filter(a -> access.mayRead(me, Objects.requireNonNull(a.getId())))
                .forEach(a -> titles.put(a.getId(), a.content().title()));
        return titles;
    }

    /**
     * Opens the juror's copy of a file of an application assigned to the caller, under its neutral
     * name only. The copy is made at upload ({@link BlindCopy}); a file uploaded before copies were
     * kept gets one made now, in a temporary file deleted when the download closes.
     */
    public DownloadableFile open(long attachmentId) {
        var attachment = attachments.findById(attachmentId).filter(a -> a.getKind().shownToJurors())
                .orElseThrow(BlindReadingService::denied);
        readable(attachment.getApplicationId());
        var name = AttachmentService.neutralName(attachment);
        try {
            var blindName = attachment.getBlindStorageName();
            if (blindName != null) {
                return new DownloadableFile(name, null, attachment.getFileType(),
                        Objects.requireNonNull(attachment.getBlindSizeBytes()), store.open(blindName));
            }
            Path copy;
            try {
                copy = copyMadeNow(attachment);
            } catch (AttachmentRejectedException e) {
                // Uploaded before the rules of BlindCopy; a juror gets nothing rather than names.
                log.warn("no clean copy of attachment {} can be made: {}", attachmentId, e.reason());
                throw denied();
            }
            return new DownloadableFile(name, null, attachment.getFileType(), Files.size(copy),
                    Files.newInputStream(copy, StandardOpenOption.DELETE_ON_CLOSE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path copyMadeNow(Attachment attachment) throws IOException {
        var original = Files.createTempFile("urpaq-original-", "." + attachment.getFileType().extension());
        try {
            try (InputStream in = store.open(attachment.getStorageName())) {
                Files.copy(in, original, StandardCopyOption.REPLACE_EXISTING);
            }
            return BlindCopy.make(attachment.getFileType(), original);
        } finally {
            Files.deleteIfExists(original);
        }
    }

    private Application readable(long applicationId) {
        long me = currentUser.require().accountId();
        if (!access.mayRead(me, applicationId)) {
            throw denied();
        }
        return applications.findById(applicationId).orElseThrow(BlindReadingService::denied);
    }

    private static AccessDeniedException denied() {
        return new AccessDeniedException("no such application or attachment, or not assigned to the caller");
    }
}
