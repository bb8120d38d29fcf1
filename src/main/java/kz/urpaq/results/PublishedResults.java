package kz.urpaq.results;

import kz.urpaq.base.domain.LocalizedText;
import kz.urpaq.competition.GrantPolicy;
import kz.urpaq.competition.ScoreMethod;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A competition's results as the public page shows them: per direction the place winners and
 * grant recipients with project title, name and district, and the rules in plain words (the
 * method that ranked, the tie-break criteria in order, the grant policy, the minimum score), with
 * the snapshot's SHA-256 and how many appeals were filed and upheld (domain.md §13). No juror, no individual score, no IIN, no contact.
 */
public record PublishedResults(long competitionId, String code, int year, LocalizedText title, LocalizedText region,
                               ScoreMethod method, GrantPolicy grantPolicy, int placesPerDirection, int grantCount,
                               BigDecimal minimumScore, List<LocalizedText> tieBreakCriteria, String sha256,
                               Instant finalisedAt, Instant announcedAt, List<DirectionAwards> directions,
                               long appealsFiled, long appealsUpheld) {

    public record DirectionAwards(long directionId, LocalizedText name, int ranked, List<Award> awards) {
    }

    /**
     * A place winner or grant recipient: {@code place} is empty for a grant without a place;
     * {@code summaryPage} is the address of the project's public summary once its final report is accepted.
     */
    public record Award(@Nullable Integer place, boolean grant, String projectTitle, String holderName,
                        @Nullable LocalizedText district, @Nullable String summaryPage) {
    }

    public long placeCount() {
        return directions.stream().flatMap(d -> d.awards().stream()).filter(a -> a.place() != null).count();
    }

    public long grantsAwarded() {
        return directions.stream().flatMap(d -> d.awards().stream()).filter(Award::grant).count();
    }
}
