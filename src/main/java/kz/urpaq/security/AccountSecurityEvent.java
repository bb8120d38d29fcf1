package kz.urpaq.security;

import org.jspecify.annotations.Nullable;

/**
 * A sign-in, a failed or slowed one, a password reset or change: each becomes an audit record
 * (domain.md §12). Names the account when one is known and the network address the request
 * came from; never what was typed as a password, nor an e-mail that has no account.
 */
public record AccountSecurityEvent(Kind kind, @Nullable Long accountId, @Nullable String email,
                                   @Nullable String clientAddress) {

    public enum Kind {
        SIGNED_IN,
        SESSION_RESUMED,
        SIGN_IN_FAILED,
        SIGN_IN_SLOWED,
        PASSWORD_RESET_REQUESTED,
        PASSWORD_RESET,
        PASSWORD_CHANGED,
        SECOND_FACTOR_ENROLLED,
        SECOND_FACTOR_FAILED,
        SECOND_FACTOR_TURNED_OFF,
        SECOND_FACTOR_RESET,
        RECOVERY_CODE_USED,
        RECOVERY_CODES_RENEWED,
        STEP_UP_FAILED,
        PRIVACY_NOTICE_ACCEPTED
    }

    static AccountSecurityEvent of(Kind kind, @Nullable UserAccount account, @Nullable String clientAddress) {
        return account == null ? new AccountSecurityEvent(kind, null, null, clientAddress)
                : new AccountSecurityEvent(kind, account.getId(), account.getEmail(), clientAddress);
    }
}
