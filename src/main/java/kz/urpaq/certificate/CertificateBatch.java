package kz.urpaq.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import kz.urpaq.base.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One run that issues a competition's missing certificates, as every instance sees it. The instance
 * that works it holds a lease under its {@code claim}; counts change in the transaction of the
 * certificate they count, so they are exact after a crash.
 */
@Entity
@Table(name = "certificate_batch")
class CertificateBatch extends AbstractEntity {

    static final int ERROR_MAX_LENGTH = 1000;

    @Column(name = "competition_id", nullable = false, updatable = false)
    private long competitionId;

    @Column(name = "running_competition_id")
    private @Nullable Long runningCompetitionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private BatchState state;

    @Column(name = "total", nullable = false)
    private int total;

    @Column(name = "done", nullable = false)
    private int done;

    @Column(name = "issued", nullable = false)
    private int issued;

    @Column(name = "failed", nullable = false)
    private int failed;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "started_by", nullable = false, updatable = false, length = 320)
    private String startedBy;

    @Column(name = "finished_at")
    private @Nullable Instant finishedAt;

    @Column(name = "lease_until", nullable = false)
    private Instant leaseUntil;

    @Column(name = "claim", nullable = false, length = 40)
    private String claim;

    @Column(name = "resumed", nullable = false)
    private int resumed;

    @Column(name = "last_error", length = ERROR_MAX_LENGTH)
    private @Nullable String lastError;

    protected CertificateBatch() {
    }

    CertificateBatch(long competitionId, String startedBy, Instant now, String claim, Instant leaseUntil) {
        this.competitionId = competitionId;
        this.runningCompetitionId = competitionId;
        this.state = BatchState.RUNNING;
        this.startedAt = now;
        this.startedBy = startedBy;
        this.claim = claim;
        this.leaseUntil = leaseUntil;
    }

    /** Taken over by a new claim: after its instance died, or by an administrator's click. */
    void claim(String newClaim, Instant until) {
        this.claim = newClaim;
        this.leaseUntil = until;
        this.resumed++;
    }

    boolean heldBy(String someClaim) {
        return state == BatchState.RUNNING && claim.equals(someClaim);
    }

    void renew(Instant until) {
        this.leaseUntil = until;
    }

    /** What is left to do is {@code missing}; the total is what this batch did plus that. */
    void plan(int missing) {
        this.total = done + missing;
    }

    void issuedOne() {
        issued++;
        done++;
    }

    /** Issued meanwhile by someone else (another run, a re-issue): handled, not issued here. */
    void skippedOne() {
        done++;
    }

    void failedOne(String error) {
        failed++;
        done++;
        lastError = truncate(error);
    }

    void finish(Instant now) {
        state = failed > 0 ? BatchState.FAILED : BatchState.DONE;
        finishedAt = now;
        runningCompetitionId = null;
    }

    void fail(Instant now, String error) {
        state = BatchState.FAILED;
        finishedAt = now;
        runningCompetitionId = null;
        lastError = truncate(error);
    }

    private static String truncate(String error) {
        return error.length() <= ERROR_MAX_LENGTH ? error : error.substring(0, ERROR_MAX_LENGTH);
    }

    IssueProgress progress(Instant now) {
        return new IssueProgress(java.util.Objects.requireNonNull(getId()), competitionId, state, total, done, issued,
                failed, startedAt, startedBy, finishedAt, lastError, resumed,
                state == BatchState.RUNNING && !leaseUntil.isAfter(now));
    }

    long getCompetitionId() {
        return competitionId;
    }

    BatchState getState() {
        return state;
    }

    String getStartedBy() {
        return startedBy;
    }
}
