package kz.urpaq.grant;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A grant as other rooms (the reports) see it: whose, how much, where it stands and when its reports are due. */
public record GrantSummary(long id, long competitionId, long applicationId, long recipientAccountId, GrantState state,
                           BigDecimal amount, String projectTitle, @Nullable LocalDate interimReportDue,
                           @Nullable LocalDate finalReportDue) {
}
