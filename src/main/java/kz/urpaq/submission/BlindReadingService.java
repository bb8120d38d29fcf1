package kz.urpaq.submission;

import kz.urpaq.security.CurrentUser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Jurors read the applications assigned to them blind (SPEC §6): the project without the people,
 * files under neutral names (never the identity document), and PDFs without their document information and XMP metadata (where
 * word processors put the author's name).
 */
@Service
@PreAuthorize("hasRole('JURY')")
@Transactional(readOnly = true)
public class BlindReadingService {

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
     * Opens a file of an application assigned to the caller, under its neutral name only. A PDF is
     * served without its document information dictionary and XMP metadata, a workbook without its
     * document properties.
     */
    public DownloadableFile open(long attachmentId) {
        var attachment = attachments.findById(attachmentId).filter(a -> a.getKind().shownToJurors())
                .orElseThrow(BlindReadingService::denied);
        readable(attachment.getApplicationId());
        try (InputStream in = store.open(attachment.getStorageName())) {
            var name = AttachmentService.neutralName(attachment);
            if (attachment.getFileType() == FileType.PDF) {
                var clean = withoutMetadata(in);
                return new DownloadableFile(name, null, FileType.PDF, clean.length, new ByteArrayInputStream(clean));
            }
            if (attachment.getFileType() == FileType.XLSX) {
                var clean = workbookWithoutMetadata(in);
                return new DownloadableFile(name, null, FileType.XLSX, clean.length, new ByteArrayInputStream(clean));
            }
            var bytes = in.readAllBytes();
            return new DownloadableFile(name, null, attachment.getFileType(), bytes.length,
                    new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF without Author, Title, Subject, Keywords, Creator, Producer and without XMP. */
    static byte[] withoutMetadata(InputStream pdf) throws IOException {
        try (var document = Loader.loadPDF(new RandomAccessReadBuffer(pdf))) {
            document.setDocumentInformation(new PDDocumentInformation());
            document.getDocumentCatalog().setMetadata(null);
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** Parts of an Office package that name people: replaced by empty ones of the same kind. */
    private static final Map<String, String> WORKBOOK_PEOPLE_PARTS = Map.of(
            "docProps/core.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
                    + "core-properties\"/>",
            "docProps/app.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"/>",
            "docProps/custom.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\"/>");

    /**
     * The workbook with its core, application and custom properties (creator, last modified by,
     * company, manager) emptied. The other parts are copied as they are; cell comments keep their
     * author lists (not stripped).
     */
    static byte[] workbookWithoutMetadata(InputStream workbook) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipInputStream(workbook);
             var clean = new java.util.zip.ZipOutputStream(out)) {
            java.util.zip.ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                clean.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                var replacement = WORKBOOK_PEOPLE_PARTS.get(entry.getName());
                if (replacement != null) {
                    clean.write(replacement.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    zip.transferTo(clean);
                }
                clean.closeEntry();
            }
        }
        return out.toByteArray();
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
