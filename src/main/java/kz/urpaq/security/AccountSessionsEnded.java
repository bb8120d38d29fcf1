package kz.urpaq.security;

/**
 * Every session of an account was ended (docs/domain.md §12), on whichever instance it lives.
 * Published inside the transaction of the change, like {@link AccountAccessChanged}, so the audit
 * trail records it with the change or not at all.
 */
public record AccountSessionsEnded(long accountId, String email, Cause cause) {

    public enum Cause {
        PASSWORD_CHANGED,
        PASSWORD_RESET,
        ROLES_CHANGED,
        DISABLED,
        SECOND_FACTOR_RESET
    }
}
