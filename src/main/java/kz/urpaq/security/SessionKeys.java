package kz.urpaq.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a signed-in session belongs to, kept in the database ({@code session_key}) beside the session
 * in an instance's memory, so that a person whose instance died or was redeployed goes on signed in
 * on another one: the page reloads and nobody types a password again. Vaadin's state of the page is
 * not kept (the form's fields saved themselves). A key serves only where the session itself could
 * have gone on (docs/domain.md §12): the same session stamp, an enabled account, within the lifetime
 * from the original sign-in and the idle time from the last activity written
 * (docs/decisions/031-warm-start-and-re-entry.md).
 */
@Component
class SessionKeys {

    /** Activity is written at most this often: the idle limit of a key lags the session's by up to this, never ahead. */
    static final Duration ACTIVITY_WRITTEN_EVERY = Duration.ofMinutes(1);

    /** A key just issued: its row, and the key itself, which only the browser's cookie keeps. */
    record Issued(long id, String key) {
    }

    /** What a session knows of its key: the row, and when its activity was last written there. */
    record Held(long id, Instant activityWrittenAt) implements Serializable {
    }

    /** A session taken up again: the principal as at its sign-in, when its factors were given, its last activity. */
    record Resumed(long id, AccountPrincipal principal, Instant factorsAt, Instant lastActivity) {
    }

    private final JdbcClient jdbc;
    private final UserAccountRepository accounts;
    private final SecondFactorRepository secondFactors;
    private final SessionLimits limits;
    private final Clock clock;

    SessionKeys(JdbcClient jdbc, UserAccountRepository accounts, SecondFactorRepository secondFactors,
                SessionLimits limits, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.limits = limits;
        this.clock = clock;
    }

    /** A key for a session whose sign-in is complete; the account's keys that can no longer serve go. */
    @Transactional
    Issued issue(AccountPrincipal principal, Instant factorsAt) {
        var now = clock.instant();
        jdbc.sql("""
                        delete from session_key where account_id = ?
                        and (session_stamp <> ? or signed_in_at < ? or last_activity_at < ?)""")
                .params(principal.accountId(), principal.sessionStamp(), at(now.minus(limits.lifetime())),
                        at(now.minus(limits.idleTimeout())))
                .update();
        var key = AccountTokens.unguessable();
        var id = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into session_key (account_id, key_hash, session_stamp, signed_in_at, factors_at,
                                                 last_activity_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(principal.accountId(), AccountTokens.hash(key), principal.sessionStamp(),
                        at(principal.signedInAt()), at(factorsAt), at(now))
                .update(id, "id");
        return new Issued(Objects.requireNonNull(id.getKey()).longValue(), key);
    }

    /** The session this key was issued to, if it could still go on now. */
    @Transactional(readOnly = true)
    Optional<Resumed> resume(String key) {
        if (!AccountTokens.isTokenShaped(key)) {
            return Optional.empty();
        }
        var now = clock.instant();
        return jdbc.sql("""
                        select id, account_id, session_stamp, signed_in_at, factors_at, last_activity_at
                        from session_key where key_hash = ?""")
                .param(AccountTokens.hash(key))
                .query((row, number) -> new Row(row.getLong("id"), row.getLong("account_id"),
                        row.getLong("session_stamp"), instant(row.getObject("signed_in_at", OffsetDateTime.class)),
                        instant(row.getObject("factors_at", OffsetDateTime.class)),
                        instant(row.getObject("last_activity_at", OffsetDateTime.class))))
                .optional()
                .filter(row -> now.isBefore(row.signedInAt().plus(limits.lifetime()))
                        && now.isBefore(row.lastActivity().plus(limits.idleTimeout())))
                .flatMap(row -> accounts.findById(row.accountId())
                        .filter(account -> account.isEnabled() && account.getSessionStamp() == row.sessionStamp())
                        .map(account -> new Resumed(row.id(),
                                AccountPrincipal.of(account, row.signedInAt(), secondFactors.existsById(account.getId())),
                                row.factorsAt(), row.lastActivity())));
    }

    /** Writes the session's activity when the last write is a minute old; returns what the session now holds. */
    @Transactional
    Held active(Held held) {
        var now = clock.instant();
        if (now.isBefore(held.activityWrittenAt().plus(ACTIVITY_WRITTEN_EVERY))) {
            return held;
        }
        jdbc.sql("update session_key set last_activity_at = ? where id = ?").params(at(now), held.id()).update();
        return new Held(held.id(), now);
    }

    /** The session ended (signed out, or past a limit): its key opens nothing any more. */
    @Transactional
    void end(long id) {
        jdbc.sql("delete from session_key where id = ?").param(id).update();
    }

    private record Row(long id, long accountId, long sessionStamp, Instant signedInAt, Instant factorsAt,
                       Instant lastActivity) {
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime at) {
        return at.toInstant();
    }
}
