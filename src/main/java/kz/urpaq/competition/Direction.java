package kz.urpaq.competition;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import kz.urpaq.base.domain.AbstractEntity;
import kz.urpaq.base.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/** A direction of a competition (science, art, media, …). Directions are data, not code. */
@Entity
@Table(name = "direction")
public class Direction extends AbstractEntity {

    public static final int CODE_MAX_LENGTH = 40;
    public static final int NAME_MAX_LENGTH = 120;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "competition_id")
    private Competition competition;

    @Column(nullable = false, length = CODE_MAX_LENGTH)
    private String code;

    @Column(nullable = false)
    private int position;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "kk", column = @Column(name = "name_kk")),
            @AttributeOverride(name = "ru", column = @Column(name = "name_ru")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    private LocalizedText name;

    @Column(name = "grant_quota")
    private @Nullable Integer grantQuota;

    protected Direction() {
    }

    Direction(Competition competition, String code, int position, LocalizedText name) {
        this.competition = competition;
        this.code = code;
        this.position = position;
        this.name = name;
    }

    void moveTo(int position) {
        this.position = position;
    }

    public void rename(LocalizedText name) {
        this.name = name;
    }

    public Competition getCompetition() {
        return competition;
    }

    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    public LocalizedText getName() {
        return name;
    }

    public @Nullable Integer getGrantQuota() {
        return grantQuota;
    }

    public void setGrantQuota(@Nullable Integer grantQuota) {
        this.grantQuota = grantQuota;
    }
}
