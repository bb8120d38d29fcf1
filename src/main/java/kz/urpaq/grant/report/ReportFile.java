package kz.urpaq.grant.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import kz.urpaq.base.domain.AbstractEntity;
import kz.urpaq.submission.attachment.FileType;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A receipt for one budget line, or a photo of the project, kept with its report. */
@Entity
@Table(name = "grant_report_file")
class ReportFile extends AbstractEntity {

    /** What a file of a report is for. */
    enum Purpose {
        RECEIPT,
        PHOTO
    }

    @Column(name = "report_id", nullable = false, updatable = false)
    private long reportId;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, updatable = false, length = 10)
    private Purpose purpose;

    @Column(name = "budget_line", updatable = false)
    private @Nullable Integer budgetLine;

    @Column(name = "name", nullable = false, updatable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type", nullable = false, updatable = false, length = 10)
    private FileType fileType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "bytes", nullable = false, updatable = false)
    private byte[] bytes;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected ReportFile() {
        // for JPA
        purpose = Purpose.PHOTO;
        name = "";
        fileType = FileType.PDF;
        bytes = new byte[0];
        uploadedAt = Instant.EPOCH;
    }

    ReportFile(long reportId, Purpose purpose, @Nullable Integer budgetLine, String name, FileType fileType,
               byte[] bytes, Instant uploadedAt) {
        this.reportId = reportId;
        this.purpose = purpose;
        this.budgetLine = budgetLine;
        this.name = name;
        this.fileType = fileType;
        this.sizeBytes = bytes.length;
        this.bytes = bytes;
        this.uploadedAt = uploadedAt;
    }

    long getReportId() {
        return reportId;
    }

    Purpose getPurpose() {
        return purpose;
    }

    @Nullable Integer getBudgetLine() {
        return budgetLine;
    }

    String getName() {
        return name;
    }

    FileType getFileType() {
        return fileType;
    }

    long getSizeBytes() {
        return sizeBytes;
    }

    byte[] getBytes() {
        return bytes;
    }
}
