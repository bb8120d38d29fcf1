package kz.urpaq.security;

import java.util.Optional;
import java.util.regex.Pattern;

/** What account fields must be; forms check as people type, services check again. */
public final class AccountRules {

    public static final String FIELD_EMAIL = "email";
    public static final String FIELD_PASSWORD = "password";
    public static final String FIELD_CURRENT_PASSWORD = "current-password";
    public static final String FIELD_FULL_NAME = "full-name";
    public static final String FIELD_ROLES = "roles";
    public static final String FIELD_ENABLED = "enabled";
    public static final int DISPLAY_NAME_MIN_LENGTH = 2;
    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    /**
     * A bare address and nothing else: the dot-atom of RFC 5322 before the {@code @}, host-name
     * labels after it, at least one dot. No display name, quotes, comments, spaces or lists, so a
     * mail library can never read {@code x<victim@corp.kz>} or {@code a@b.c,admin} as another
     * recipient. Internationalised addresses are refused: mail to them needs SMTPUTF8, which
     * Urpaq does not ask its SMTP server for.
     */
    private static final Pattern EMAIL_SHAPE = Pattern.compile(ATOM + "(\\." + ATOM + ")*@" + LABEL + "(\\." + LABEL + ")+");

    private AccountRules() {
    }

    /** What is wrong with an e-mail address as typed, if anything; every form and service that takes one asks this. */
    public static Optional<Refusal> checkEmail(String email) {
        var normalized = UserAccount.normalizeEmail(email);
        if (normalized.isEmpty()) {
            return Optional.of(Refusal.of(FIELD_EMAIL, "account.error.email-required"));
        }
        if (normalized.length() > UserAccount.EMAIL_MAX_LENGTH || !EMAIL_SHAPE.matcher(normalized).matches()) {
            return Optional.of(Refusal.of(FIELD_EMAIL, "account.error.email-invalid"));
        }
        return Optional.empty();
    }

    /** What is wrong with a new password, if anything (length, or among the most common). */
    public static Optional<Refusal> checkPassword(String field, String rawPassword) {
        return PasswordPolicy.check(rawPassword).map(problem -> Refusal.of(field, problem.messageKey(),
                PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
    }

    public static Optional<Refusal> checkDisplayName(String displayName) {
        var stripped = displayName.strip();
        if (stripped.length() < DISPLAY_NAME_MIN_LENGTH) {
            return Optional.of(Refusal.of(FIELD_FULL_NAME, "account.error.full-name-required"));
        }
        if (stripped.length() > UserAccount.DISPLAY_NAME_MAX_LENGTH) {
            return Optional.of(Refusal.of(FIELD_FULL_NAME, "account.error.full-name-too-long",
                    UserAccount.DISPLAY_NAME_MAX_LENGTH));
        }
        return Optional.empty();
    }
}
