package kz.urpaq.competition;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import kz.urpaq.base.domain.AbstractEntity;
import kz.urpaq.base.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One round of a youth grant competition: its phase and dates, who may enter, how projects are
 * scored and what they can win (domain.md §4, §6, §7).
 */
@Entity
@Table(name = "competition")
public class Competition extends AbstractEntity {

    public static final int CODE_MAX_LENGTH = 40;
    public static final int TITLE_MAX_LENGTH = 200;
    public static final int REGION_MAX_LENGTH = 120;
    public static final int DEFAULT_MIN_AGE = 14;
    public static final int DEFAULT_MAX_AGE = 35;

    @Column(nullable = false, length = CODE_MAX_LENGTH, unique = true)
    private String code;

    @Column(name = "competition_year", nullable = false)
    private int year;

    /** Whose competition this is (kz.urpaq.organiser); set once, when it is made. */
    @Column(name = "organiser_id", nullable = false, updatable = false)
    private long organiserId;

    /** Region constants separated by commas; empty: every region (docs/domain.md §17). */
    @Column(name = "eligible_regions", nullable = false, length = 400)
    private String eligibleRegions = "";

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "kk", column = @Column(name = "title_kk")),
            @AttributeOverride(name = "ru", column = @Column(name = "title_ru")),
            @AttributeOverride(name = "en", column = @Column(name = "title_en"))})
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "kk", column = @Column(name = "region_kk")),
            @AttributeOverride(name = "ru", column = @Column(name = "region_ru")),
            @AttributeOverride(name = "en", column = @Column(name = "region_en"))})
    private LocalizedText region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Phase phase = Phase.DRAFT;

    @Column(name = "opens_at")
    private @Nullable Instant opensAt;

    @Column(name = "submission_deadline")
    private @Nullable Instant submissionDeadline;

    @Column(name = "review_deadline")
    private @Nullable Instant reviewDeadline;

    @Column(name = "min_age", nullable = false)
    private int minAge = DEFAULT_MIN_AGE;

    @Column(name = "max_age", nullable = false)
    private int maxAge = DEFAULT_MAX_AGE;

    @Column(name = "one_application_per_applicant", nullable = false)
    private boolean oneApplicationPerApplicant = true;

    @Column(name = "reviewers_per_application", nullable = false)
    private int reviewersPerApplication = 3;

    @Column(name = "places_per_direction", nullable = false)
    private int placesPerDirection = 3;

    @Column(name = "grant_count", nullable = false)
    private int grantCount = 15;

    @Enumerated(EnumType.STRING)
    @Column(name = "grant_policy", nullable = false)
    private GrantPolicy grantPolicy = GrantPolicy.PLACE_WINNERS;

    @Column(name = "grant_amount_tenge", nullable = false)
    private long grantAmountTenge;

    /** The largest budget an application may ask for: the maximum grant (domain.md §5). */
    @Column(name = "max_budget_tenge", nullable = false)
    private long maxBudgetTenge;

    @Column(name = "minimum_award_score", nullable = false)
    private BigDecimal minimumAwardScore = BigDecimal.valueOf(50);

    @Enumerated(EnumType.STRING)
    @Column(name = "score_method", nullable = false)
    private ScoreMethod scoreMethod = ScoreMethod.MEAN;

    @Column(name = "variance_threshold", nullable = false)
    private BigDecimal varianceThreshold = BigDecimal.valueOf(15);

    /** Whether applicants see, after the announcement, what jurors wrote to them (domain.md §7). */
    @Column(name = "comments_to_applicants", nullable = false)
    private boolean commentsToApplicants = true;

    @Column(name = "public_figures", nullable = false)
    private boolean publicFigures;

    /** Whether the competition passes through PRELIMINARY, where applicants may appeal (domain.md §13). */
    @Column(name = "appeals_enabled", nullable = false)
    private boolean appealsEnabled = true;

    @Column(name = "appeal_days", nullable = false)
    private int appealDays = DEFAULT_APPEAL_DAYS;

    @Column(name = "appeals_close_at")
    private @Nullable Instant appealsCloseAt;

    @Column(name = "max_file_bytes", nullable = false)
    private long maxFileBytes = 10L * 1024 * 1024;

    @Column(name = "max_application_bytes", nullable = false)
    private long maxApplicationBytes = 30L * 1024 * 1024;

    @ElementCollection
    @CollectionTable(name = "competition_place_prize", joinColumns = @JoinColumn(name = "competition_id"))
    @MapKeyColumn(name = "place")
    @Column(name = "amount_tenge", nullable = false)
    private Map<Integer, Long> placePrizes = new TreeMap<>();

    @OneToMany(mappedBy = "competition", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Direction> directions = new ArrayList<>();

    @OneToMany(mappedBy = "competition", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Criterion> criteria = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Competition() {
    }

    public Competition(long organiserId, String code, int year, LocalizedText title, LocalizedText region,
                       @Nullable Instant opensAt, @Nullable Instant submissionDeadline, @Nullable Instant reviewDeadline,
                       long grantAmountTenge, Instant createdAt) {
        this.organiserId = organiserId;
        this.code = code;
        this.year = year;
        this.title = title;
        this.region = region;
        this.grantAmountTenge = grantAmountTenge;
        this.maxBudgetTenge = grantAmountTenge;
        this.createdAt = createdAt;
        reschedule(opensAt, submissionDeadline, reviewDeadline);
    }

    /** Sets the dates; any may still be empty in a draft, but those given must follow each other. */
    public void reschedule(@Nullable Instant opensAt, @Nullable Instant submissionDeadline,
                           @Nullable Instant reviewDeadline) {
        if ((opensAt != null && submissionDeadline != null && !opensAt.isBefore(submissionDeadline))
                || (submissionDeadline != null && reviewDeadline != null
                && !submissionDeadline.isBefore(reviewDeadline))
                || (opensAt != null && reviewDeadline != null && !opensAt.isBefore(reviewDeadline))) {
            throw new IllegalArgumentException("dates must follow each other: opens, submission deadline, review deadline");
        }
        this.opensAt = opensAt;
        this.submissionDeadline = submissionDeadline;
        this.reviewDeadline = reviewDeadline;
    }

    public Direction addDirection(String code, LocalizedText name) {
        var direction = new Direction(this, code, directions.size() + 1, name);
        directions.add(direction);
        return direction;
    }

    public Criterion addCriterion(String code, LocalizedText name, LocalizedText description, int weightPercent,
                                  int scaleMax, @Nullable Integer tieBreakOrder) {
        var criterion = new Criterion(this, code, criteria.size() + 1, name, description, weightPercent, scaleMax,
                tieBreakOrder);
        criteria.add(criterion);
        return criterion;
    }

    /** Σ of the criteria weights; a competition can open only when it is exactly 100. */
    public int totalWeightPercent() {
        return criteria.stream().mapToInt(Criterion::getWeightPercent).sum();
    }

    public void setAgeBand(int minAge, int maxAge) {
        if (minAge < 0 || minAge > maxAge) {
            throw new IllegalArgumentException("the age band needs 0 ≤ minimum ≤ maximum");
        }
        this.minAge = minAge;
        this.maxAge = maxAge;
    }

    public void setAwards(int placesPerDirection, int grantCount, GrantPolicy grantPolicy, BigDecimal minimumAwardScore) {
        if (placesPerDirection < 0 || grantCount < 0) {
            throw new IllegalArgumentException("places and grants cannot be negative");
        }
        if (minimumAwardScore.signum() < 0 || minimumAwardScore.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("the minimum award score lies on 0–100");
        }
        this.placesPerDirection = placesPerDirection;
        this.grantCount = grantCount;
        this.grantPolicy = grantPolicy;
        this.minimumAwardScore = minimumAwardScore;
    }

    public void rename(String code, int year, LocalizedText title, LocalizedText region) {
        this.code = code;
        this.year = year;
        this.title = title;
        this.region = region;
    }

    public void setEntryRules(boolean oneApplicationPerApplicant, long maxFileBytes, long maxApplicationBytes) {
        if (maxFileBytes <= 0 || maxApplicationBytes < maxFileBytes) {
            throw new IllegalArgumentException("file limits need 0 < per file ≤ per application");
        }
        this.oneApplicationPerApplicant = oneApplicationPerApplicant;
        this.maxFileBytes = maxFileBytes;
        this.maxApplicationBytes = maxApplicationBytes;
    }

    public void setScoring(int reviewersPerApplication, ScoreMethod scoreMethod, BigDecimal varianceThreshold) {
        if (reviewersPerApplication < 1 || reviewersPerApplication > 15) {
            throw new IllegalArgumentException("between 1 and 15 reviewers per application");
        }
        if (varianceThreshold.signum() < 0) {
            throw new IllegalArgumentException("the variance threshold cannot be negative");
        }
        this.reviewersPerApplication = reviewersPerApplication;
        this.scoreMethod = scoreMethod;
        this.varianceThreshold = varianceThreshold;
    }

    public void setMoney(long grantAmountTenge, long maxBudgetTenge) {
        if (grantAmountTenge < 0 || maxBudgetTenge <= 0) {
            throw new IllegalArgumentException("amounts cannot be negative");
        }
        this.grantAmountTenge = grantAmountTenge;
        this.maxBudgetTenge = maxBudgetTenge;
    }

    public void clearPlacePrizes() {
        placePrizes.clear();
    }

    /** Removes the directions and criteria whose codes are not kept; used while setting up. */
    public void retainDirections(java.util.Set<String> codes) {
        directions.removeIf(direction -> !codes.contains(direction.getCode()));
        renumber();
    }

    public void retainCriteria(java.util.Set<String> codes) {
        criteria.removeIf(criterion -> !codes.contains(criterion.getCode()));
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < directions.size(); i++) {
            directions.get(i).moveTo(i + 1);
        }
        for (int i = 0; i < criteria.size(); i++) {
            criteria.get(i).moveTo(i + 1);
        }
    }

    public void setPlacePrize(int place, long amountTenge) {
        if (place < 1 || amountTenge < 0) {
            throw new IllegalArgumentException("a place prize needs a place from 1 and a non-negative amount");
        }
        placePrizes.put(place, amountTenge);
    }

    /** Moves to another phase; the rules of which moves are allowed live with the phase actions. */
    public void moveTo(Phase phase) {
        this.phase = phase;
    }

    public boolean isCommentsToApplicants() {
        return commentsToApplicants;
    }

    public void setCommentsToApplicants(boolean commentsToApplicants) {
        this.commentsToApplicants = commentsToApplicants;
    }

    /** The regions whose residents may apply; empty: every region. */
    public java.util.Set<kz.urpaq.base.domain.Region> getEligibleRegions() {
        var regions = java.util.EnumSet.noneOf(kz.urpaq.base.domain.Region.class);
        for (var code : eligibleRegions.split(",")) {
            if (!code.isBlank()) {
                regions.add(kz.urpaq.base.domain.Region.valueOf(code.strip()));
            }
        }
        return regions;
    }

    void setEligibleRegions(java.util.Set<kz.urpaq.base.domain.Region> regions) {
        this.eligibleRegions = regions.stream().sorted().map(Enum::name)
                .collect(java.util.stream.Collectors.joining(","));
    }

    public static final int DEFAULT_APPEAL_DAYS = 5;
    public static final int MAX_APPEAL_DAYS = 30;

    public boolean isAppealsEnabled() {
        return appealsEnabled;
    }

    public int getAppealDays() {
        return appealDays;
    }

    public @Nullable Instant getAppealsCloseAt() {
        return appealsCloseAt;
    }

    void setAppeals(boolean enabled, int days) {
        this.appealsEnabled = enabled;
        this.appealDays = days;
    }

    /** Entering PRELIMINARY: the window closes at the end of the last day, Almaty time. */
    void openAppeals(Instant now) {
        this.appealsCloseAt = kz.urpaq.base.domain.Almaty.at(now).toLocalDate().plusDays(appealDays + 1L)
                .atStartOfDay(kz.urpaq.base.domain.Almaty.ZONE).toInstant();
    }

    public boolean isPublicFigures() {
        return publicFigures;
    }

    public void setPublicFigures(boolean publicFigures) {
        this.publicFigures = publicFigures;
    }

    public long getOrganiserId() {
        return organiserId;
    }

    public String getCode() {
        return code;
    }

    public int getYear() {
        return year;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getRegion() {
        return region;
    }

    public Phase getPhase() {
        return phase;
    }

    public boolean isScheduled() {
        return opensAt != null && submissionDeadline != null && reviewDeadline != null;
    }

    /**
     * Whether ending the submission period at {@code end} would cut the time applicants were
     * promised (domain.md §4): moving to SCREENING before the deadline, or a deadline moved earlier.
     */
    public boolean endsSubmissionEarly(Instant end) {
        return submissionDeadline != null && end.isBefore(submissionDeadline);
    }

    public @Nullable Instant getOpensAt() {
        return opensAt;
    }

    public @Nullable Instant getSubmissionDeadline() {
        return submissionDeadline;
    }

    public @Nullable Instant getReviewDeadline() {
        return reviewDeadline;
    }

    public int getMinAge() {
        return minAge;
    }

    public int getMaxAge() {
        return maxAge;
    }

    public boolean isOneApplicationPerApplicant() {
        return oneApplicationPerApplicant;
    }

    public int getReviewersPerApplication() {
        return reviewersPerApplication;
    }

    public int getPlacesPerDirection() {
        return placesPerDirection;
    }

    public int getGrantCount() {
        return grantCount;
    }

    public GrantPolicy getGrantPolicy() {
        return grantPolicy;
    }

    public long getGrantAmountTenge() {
        return grantAmountTenge;
    }

    public long getMaxBudgetTenge() {
        return maxBudgetTenge;
    }

    public BigDecimal getMinimumAwardScore() {
        return minimumAwardScore;
    }

    public ScoreMethod getScoreMethod() {
        return scoreMethod;
    }

    public BigDecimal getVarianceThreshold() {
        return varianceThreshold;
    }

    public long getMaxFileBytes() {
        return maxFileBytes;
    }

    public long getMaxApplicationBytes() {
        return maxApplicationBytes;
    }

    public Map<Integer, Long> getPlacePrizes() {
        return Collections.unmodifiableMap(placePrizes);
    }

    public List<Direction> getDirections() {
        return Collections.unmodifiableList(directions);
    }

    public List<Criterion> getCriteria() {
        return Collections.unmodifiableList(criteria);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
