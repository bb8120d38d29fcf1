package kz.urpaq.grant;

import org.jspecify.annotations.Nullable;

/** A grant's reports as its register row shows them: each report's state (translated text) and whether one is overdue. */
public record ReportStatusLine(@Nullable String interimState, @Nullable String finalState, boolean overdue) {
}
