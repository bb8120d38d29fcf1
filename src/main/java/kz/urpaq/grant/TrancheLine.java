package kz.urpaq.grant;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A tranche as pages show it. */
public record TrancheLine(long id, int position, int percent, BigDecimal amount, TrancheTrigger dueOn,
                          TrancheState state, @Nullable LocalDate paidOn, @Nullable String paymentReference) {
}
