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

/** A scoring criterion: a weight in percent and a scale from 0 to {@code scaleMax} (domain.md §6). */
@Entity
@Table(name = "criterion")
public class Criterion extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "competition_id")
    private Competition competition;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false)
    private int position;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "kk", column = @Column(name = "name_kk")),
            @AttributeOverride(name = "ru", column = @Column(name = "name_ru")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    private LocalizedText name;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "kk", column = @Column(name = "description_kk")),
            @AttributeOverride(name = "ru", column = @Column(name = "description_ru")),
            @AttributeOverride(name = "en", column = @Column(name = "description_en"))})
    private LocalizedText description;

    @Column(name = "weight_percent", nullable = false)
    private int weightPercent;

    @Column(name = "scale_max", nullable = false)
    private int scaleMax;

    /** Position in the tie-break order (1 first); empty when the criterion does not break ties. */
    @Column(name = "tie_break_order")
    private @Nullable Integer tieBreakOrder;

    protected Criterion() {
    }

    Criterion(Competition competition, String code, int position, LocalizedText name, LocalizedText description,
              int weightPercent, int scaleMax, @Nullable Integer tieBreakOrder) {
        if (weightPercent <= 0 || weightPercent > 100) {
            throw new IllegalArgumentException("a criterion's weight lies between 1 and 100 percent");
        }
        if (scaleMax <= 0) {
            throw new IllegalArgumentException("a criterion's scale needs a positive maximum");
        }
        this.competition = competition;
        this.code = code;
        this.position = position;
        this.name = name;
        this.description = description;
        this.weightPercent = weightPercent;
        this.scaleMax = scaleMax;
        this.tieBreakOrder = tieBreakOrder;
    }

    void moveTo(int position) {
        this.position = position;
    }

    /** Changes what the criterion is and how much it weighs; only while results cannot change by it. */
    public void redefine(LocalizedText name, LocalizedText description, int weightPercent, int scaleMax,
                         @Nullable Integer tieBreakOrder) {
        if (weightPercent <= 0 || weightPercent > 100) {
            throw new IllegalArgumentException("a criterion's weight lies between 1 and 100 percent");
        }
        if (scaleMax <= 0) {
            throw new IllegalArgumentException("a criterion's scale needs a positive maximum");
        }
        this.name = name;
        this.description = description;
        this.weightPercent = weightPercent;
        this.scaleMax = scaleMax;
        this.tieBreakOrder = tieBreakOrder;
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

    public LocalizedText getDescription() {
        return description;
    }

    public int getWeightPercent() {
        return weightPercent;
    }

    public int getScaleMax() {
        return scaleMax;
    }

    public @Nullable Integer getTieBreakOrder() {
        return tieBreakOrder;
    }
}
