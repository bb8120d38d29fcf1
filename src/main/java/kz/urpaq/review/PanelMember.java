package kz.urpaq.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import kz.urpaq.base.domain.AbstractEntity;

import java.time.Instant;

/** A juror on the jury panel of one direction, with the most applications they may take there. */
@Entity
@Table(name = "panel_member")
public class PanelMember extends AbstractEntity {

    public static final int DEFAULT_CAP = 40;
    public static final int MAX_CAP = 1000;

    @Column(name = "competition_id", nullable = false, updatable = false)
    private long competitionId;

    @Column(name = "direction_id", nullable = false, updatable = false)
    private long directionId;

    @Column(name = "juror_id", nullable = false, updatable = false)
    private long jurorId;

    @Column(nullable = false)
    private int cap;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected PanelMember() {
    }

    PanelMember(long competitionId, long directionId, long jurorId, int cap, Instant addedAt) {
        this.competitionId = competitionId;
        this.directionId = directionId;
        this.jurorId = jurorId;
        this.addedAt = addedAt;
        changeCap(cap);
    }

    void changeCap(int cap) {
        if (cap < 1 || cap > MAX_CAP) {
            throw new IllegalArgumentException("a cap lies on 1–" + MAX_CAP);
        }
        this.cap = cap;
    }

    public long getCompetitionId() {
        return competitionId;
    }

    public long getDirectionId() {
        return directionId;
    }

    public long getJurorId() {
        return jurorId;
    }

    public int getCap() {
        return cap;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
