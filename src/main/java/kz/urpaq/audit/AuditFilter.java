package kz.urpaq.audit;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** What the audit page filters by; any part may be empty. */
public record AuditFilter(@Nullable AuditAction action, @Nullable String subjectType, @Nullable Long subjectId,
                          @Nullable String actor, @Nullable Instant from, @Nullable Instant until) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
