package kz.urpaq.results;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import kz.urpaq.base.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * The frozen final results of a competition: the canonical export and its SHA-256. Never changed,
 * except that an upheld appeal supersedes it with a new snapshot (domain.md §13); both are kept.
 */
@Entity
@Table(name = "result_snapshot")
class ResultSnapshot extends AbstractEntity {

    @Column(name = "competition_id", nullable = false, updatable = false)
    private long competitionId;

    @Column(name = "export_text", nullable = false, updatable = false, length = 1_000_000)
    private String exportText;

    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "finalised_at", nullable = false, updatable = false)
    private Instant finalisedAt;

    @Column(name = "finalised_by", updatable = false)
    private @Nullable Long finalisedBy;

    @Column(name = "superseded_at")
    private @Nullable Instant supersededAt;

    protected ResultSnapshot() {
    }

    ResultSnapshot(long competitionId, String exportText, String sha256, Instant finalisedAt,
                   @Nullable Long finalisedBy) {
        this.competitionId = competitionId;
        this.exportText = exportText;
        this.sha256 = sha256;
        this.finalisedAt = finalisedAt;
        this.finalisedBy = finalisedBy;
    }

    long getCompetitionId() {
        return competitionId;
    }

    String getExportText() {
        return exportText;
    }

    String getSha256() {
        return sha256;
    }

    Instant getFinalisedAt() {
        return finalisedAt;
    }

    void supersede(Instant now) {
        this.supersededAt = now;
    }

    @Nullable Instant getSupersededAt() {
        return supersededAt;
    }

    @Nullable Long getFinalisedBy() {
        return finalisedBy;
    }
}
