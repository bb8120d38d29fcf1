package kz.urpaq.results;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An applicant's own provisional result (domain.md §13): position and score in the direction, the
 * place and grant as they stand, the jurors' comments to them (when shown), until when an appeal may
 * be filed, and their appeal if they filed one.
 */
public record MyProvisionalResult(long applicationId, int position, int rankedInDirection, BigDecimal score,
                                  @Nullable Integer place, boolean grant, List<String> comments,
                                  @Nullable Instant appealsCloseAt, boolean canAppeal, @Nullable AppealRow appeal) {
}
