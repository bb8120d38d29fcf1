package kz.urpaq.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import kz.urpaq.base.domain.AbstractEntity;

import java.time.Instant;

/** One submitted version of an application, kept whole and never changed (domain.md §13). */
@Entity
@Table(name = "application_version")
class ApplicationVersion extends AbstractEntity {

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "content_json", nullable = false, updatable = false, length = 200_000)
    private String contentJson;

    @Column(name = "files_json", nullable = false, updatable = false, length = 100_000)
    private String filesJson;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    protected ApplicationVersion() {
    }

    ApplicationVersion(long applicationId, int number, String contentJson, String filesJson, Instant submittedAt) {
        this.applicationId = applicationId;
        this.number = number;
        this.contentJson = contentJson;
        this.filesJson = filesJson;
        this.submittedAt = submittedAt;
    }

    long getApplicationId() {
        return applicationId;
    }

    int getNumber() {
        return number;
    }

    String getContentJson() {
        return contentJson;
    }

    String getFilesJson() {
        return filesJson;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }
}
