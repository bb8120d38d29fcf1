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
    private static final Pattern EMAIL_SHAPE = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private AccountRules() {
    }

    /** What is wrong with an e-mail address as typed, if anything; forms and services share it. */
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
