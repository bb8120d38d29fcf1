package kz.urpaq.results;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/** One ranked application as the announcement froze it, for the grants that follow the award (domain.md §14). */
public record AnnouncedEntry(long applicationId, long applicantId, long directionId, int position, BigDecimal score,
                             @Nullable Integer place, boolean grant, String projectTitle, String holderName) {
}
