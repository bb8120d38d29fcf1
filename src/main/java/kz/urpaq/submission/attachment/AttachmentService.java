package kz.urpaq.submission.attachment;

import kz.urpaq.base.i18n.TranslationKeys;
import kz.urpaq.competition.CompetitionAccess;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.security.CurrentUser;
import kz.urpaq.security.Role;
import kz.urpaq.submission.Application;
import kz.urpaq.submission.ApplicationRepository;
import kz.urpaq.submission.attachment.AttachmentRejectedException.Reason;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The files of applications (domain.md §5): an applicant adds and removes them while the application
 * is a draft and downloads their own; administrators download any. Every file is judged by its
 * content and kept under a generated name.
 */
@Service
@PreAuthorize("hasAnyRole('APPLICANT', 'ADMIN')")
@Transactional(readOnly = true)
public class AttachmentService {

    private final kz.urpaq.audit.AccessLog accessLog;

    private static final Logger log = LoggerFactory.getLogger(AttachmentService.class);
    /** 192 bits: unguessable, and 32 URL-safe characters. */
    private static final int STORAGE_NAME_BYTES = 24;
    private static final int COPY_BUFFER_BYTES = 64 * 1024;
    /** Control and invisible formatting characters, right-to-left overrides among them ("fdp.exe"). */
    private static final Pattern UNSAFE_NAME_CHARACTERS = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");

    private final SecureRandom random = new SecureRandom();
    private final AttachmentRepository attachments;
    private final ApplicationRepository applications;
    private final AttachmentStore store;
    private final CompetitionService competitions;
    private final CompetitionAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;

    AttachmentService(AttachmentRepository attachments, ApplicationRepository applications, AttachmentStore store,
                      CompetitionService competitions, CurrentUser currentUser, Clock clock,
                      PlatformTransactionManager transactions, CompetitionAccess access,
                      kz.urpaq.audit.AccessLog accessLog) {
        this.accessLog = accessLog;
        this.access = access;
        this.attachments = attachments;
        this.applications = applications;
        this.store = store;
        this.competitions = competitions;
        this.currentUser = currentUser;
        this.clock = clock;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
    }

    /** The files of an application, oldest first: for its applicant and administrators. */
    public List<AttachmentView> list(long applicationId) {
        requireVisible(application(applicationId));
        return attachments.findByApplicationIdOrderByUploadedAtAscIdAsc(applicationId).stream()
                .map(AttachmentView::of)
                .toList();
    }

    /** Which kinds of file an application has at least one of: the submission checklist. */
    public Set<AttachmentKind> kindsPresent(long applicationId) {
        var kinds = EnumSet.noneOf(AttachmentKind.class);
        list(applicationId).forEach(attachment -> kinds.add(attachment.kind()));
        return kinds;
    }

    /** The competition's limits for the application's files, and how much of them is used. */
    public AttachmentLimits limits(long applicationId) {
        var application = requireVisible(application(applicationId));
        return limitsOf(application);
    }

    /**
     * Adds a file to the applicant's own draft. The content is read once, into a temporary file,
     * and no further than one byte past the competition's limit per file: a huge upload stops
     * there. Then its type is judged by content and the application's total is checked.
     *
     * @throws AttachmentRejectedException with the reason the file was refused
     * @throws AccessDeniedException when the application is not the current user's
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public AttachmentView upload(long applicationId, AttachmentKind kind, String originalName, InputStream content) {
        // The upload itself may take minutes on a slow phone: no transaction (and no database
        // connection) is held while it is read.
        var limits = Objects.requireNonNull(reading.execute(status -> {
            var application = requireOwnDraft(application(applicationId));
            return limitsOf(application);
        }));
        if (limits.remainingBytes() == 0) {
            throw new AttachmentRejectedException(Reason.APPLICATION_TOO_LARGE);
        }
        Path spooled = null;
        Path cleaned = null;
        Path blind = null;
        try {
            spooled = Files.createTempFile("urpaq-upload-", ".part");
            copyAtMost(content, spooled, limits.maxFileBytes());
            var fileType = FileInspector.inspect(spooled, kind.accepted());
            if (fileType == FileType.JPEG || fileType == FileType.PNG) {
                // Nobody needs a photo's GPS position or camera owner; the pixels stay as they were.
                cleaned = Files.createTempFile("urpaq-image-", "." + fileType.extension());
                ImageFiles.clean(fileType, spooled, cleaned);
            }
            Path kept = cleaned != null ? cleaned : spooled;
            blind = kind.shownToJurors() ? BlindCopy.make(fileType, kept) : null;
            Path blindCopy = blind;
            return Objects.requireNonNull(writing.execute(status ->
                    keep(applicationId, kind, cleanName(originalName), fileType, kept, blindCopy)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(spooled);
            deleteQuietly(cleaned);
            deleteQuietly(blind);
        }
    }

    private AttachmentView keep(long applicationId, AttachmentKind kind, String name, FileType fileType, Path file,
                                @Nullable Path blindCopy) {
        // Locked: two uploads at once cannot both squeeze under the application's limit.
        var application = requireOwnDraft(applications.findForUpdate(applicationId).orElseThrow(AttachmentService::denied));
        var limits = limitsOf(application);
        try {
            if (Files.size(file) > limits.remainingBytes()) {
                throw new AttachmentRejectedException(Reason.APPLICATION_TOO_LARGE);
            }
            var storageName = newStorageName();
            AttachmentStore.StoredFile stored;
            try (var in = Files.newInputStream(file)) {
                stored = store.put(storageName, in, Files.size(file));
            }
            var attachment = new Attachment(applicationId, kind, storageName, name, fileType,
                    stored.sizeBytes(), stored.sha256(), clock.instant());
            if (blindCopy != null) {
                // The juror's copy does not count against the applicant's limit: it is ours, not theirs.
                var blindName = newStorageName();
                try (var in = Files.newInputStream(blindCopy)) {
                    attachment.keepBlindCopy(blindName, store.put(blindName, in, Files.size(blindCopy)).sizeBytes());
                }
            }
            return AttachmentView.of(attachments.save(attachment));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a file from the applicant's own draft. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public void delete(long attachmentId) {
        var attachment = attachments.findById(attachmentId).orElseThrow(AttachmentService::denied);
        requireOwnDraft(applications.findForUpdate(attachment.getApplicationId())
                .orElseThrow(AttachmentService::denied));
        attachments.delete(attachment);
        store.delete(attachment.getStorageName());
        var blindCopy = attachment.getBlindStorageName();
        if (blindCopy != null) {
            store.delete(blindCopy);
        }
    }

    /**
     * Opens a file for download by its applicant or an administrator. Anyone else, and an id
     * that does not exist, get the same refusal: ids reveal nothing.
     */
    public DownloadableFile openForDownload(long attachmentId) {
        var attachment = attachments.findById(attachmentId).orElseThrow(AttachmentService::denied);
        var application = requireVisible(application(attachment.getApplicationId()));
        if (currentUser.get().map(principal -> principal.accountId() != application.getApplicantId()).orElse(true)) {
            accessLog.read(kz.urpaq.audit.AuditAction.ATTACHMENT_DOWNLOADED, application.getId(),
                    application.getApplicantId(), application.getCompetitionId(), "attachment " + attachmentId);
        }
        try {
            return new DownloadableFile(neutralName(attachment), originalNameFor(attachment, application),
                    attachment.getFileType(),
                    attachment.getSizeBytes(), store.open(attachment.getStorageName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The one rule for which name a download carries besides the neutral one. The applicant and
     * administrators get the name it was uploaded under; jurors, when review comes, get none:
     * their downloads must not reveal who wrote the project.
     */
    private @Nullable String originalNameFor(Attachment attachment, Application application) {
        var applicantOrAdministrator = administers(application) || currentUser.get()
                .map(principal -> principal.accountId() == application.getApplicantId())
                .orElse(false);
        return applicantOrAdministrator ? withExtension(attachment.getOriginalName(), attachment.getFileType()) : null;
    }

    public static String neutralName(Attachment attachment) {
        return TranslationKeys.kebab(attachment.getKind()) + "-" + attachment.getId()
                + "." + attachment.getFileType().extension();
    }

    /** The uploaded name, ending in the extension of what the file really is. */
    static String withExtension(String name, FileType fileType) {
        var lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("." + fileType.extension()) || fileType == FileType.JPEG && lower.endsWith(".jpeg")) {
            return name;
        }
        return name + "." + fileType.extension();
    }

    /**
     * The name as people will see it: without the Windows folder old browsers send
     * ({@code C:\fakepath\}), without control or invisible characters, at most
     * {@value Attachment#ORIGINAL_NAME_MAX_LENGTH} characters. Everything else, {@code <}, {@code /}
     * and quotes included, is kept — the name is never used as a path — and escaped where shown.
     */
    static String cleanName(@Nullable String name) {
        var cleaned = name == null ? "" : name;
        cleaned = cleaned.substring(cleaned.lastIndexOf('\\') + 1);
        cleaned = UNSAFE_NAME_CHARACTERS.matcher(cleaned).replaceAll("").strip();
        if (cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..")) {
            return "file";
        }
        if (cleaned.length() > Attachment.ORIGINAL_NAME_MAX_LENGTH) {
            int end = Attachment.ORIGINAL_NAME_MAX_LENGTH;
            if (Character.isHighSurrogate(cleaned.charAt(end - 1))) {
                end--;
            }
            cleaned = cleaned.substring(0, end);
        }
        return cleaned;
    }

    private String newStorageName() {
        var bytes = new byte[STORAGE_NAME_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Copies at most {@code limit} bytes; one more means the file is too large, and reading stops. */
    private static void copyAtMost(InputStream content, Path target, long limit) throws IOException {
        var buffer = new byte[COPY_BUFFER_BYTES];
        long copied = 0;
        try (var out = Files.newOutputStream(target)) {
            while (true) {
                int wanted = (int) Math.min(buffer.length, limit + 1 - copied);
                int read = content.read(buffer, 0, wanted);
                if (read < 0) {
                    return;
                }
                copied += read;
                if (copied > limit) {
                    throw new AttachmentRejectedException(Reason.FILE_TOO_LARGE);
                }
                out.write(buffer, 0, read);
            }
        }
    }

    private static void deleteQuietly(@Nullable Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("could not delete the temporary upload {}", file, e);
        }
    }

    private AttachmentLimits limitsOf(Application application) {
        CompetitionOverview competition = competitions.findById(application.getCompetitionId())
                .orElseThrow(() -> new IllegalStateException("the application's competition is gone"));
        return new AttachmentLimits(competition.maxFileBytes(), competition.maxApplicationBytes(),
                attachments.totalSize(Objects.requireNonNull(application.getId())));
    }

    private Application application(long applicationId) {
        return applications.findById(applicationId).orElseThrow(AttachmentService::denied);
    }

    /** The applicant's own, or one of a competition whose organiser the caller administers. */
    private Application requireVisible(Application application) {
        if (administers(application)) {
            return application;
        }
        return requireOwn(application);
    }

    private boolean administers(Application application) {
        return currentUser.hasRole(Role.ADMIN) && access.administers(application.getCompetitionId());
    }

    private Application requireOwn(Application application) {
        if (application.getApplicantId() != currentUser.require().accountId()) {
            throw denied();
        }
        return application;
    }

    private Application requireOwnDraft(Application application) {
        requireOwn(application);
        if (!application.getStatus().isEditable() || application.revisionExpiredAt(clock.instant())) {
            throw new AttachmentRejectedException(Reason.NOT_A_DRAFT);
        }
        return application;
    }

    private static AccessDeniedException denied() {
        return new AccessDeniedException("no such application or attachment, or not yours");
    }
}
