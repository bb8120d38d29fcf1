package kz.urpaq.security;

import com.nulabinc.zxcvbn.StandardDictionaries;

import kz.urpaq.base.i18n.TranslationKeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must be: 8 to 128 characters, and not one of the 1,000 most common
 * passwords, whatever its letter case. The common passwords are the top of zxcvbn's ranked
 * "passwords" list (most frequent first), so the list is kept up by its maintainers, not by us.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    static final int COMMON_COUNT = 1000;

    /** Why a password is refused; the message takes {@link #MIN_LENGTH} and {@link #MAX_LENGTH}. */
    public enum Problem {
        TOO_SHORT, TOO_LONG, TOO_COMMON;

        public String messageKey() {
            return TranslationKeys.of("password.error", this);
        }
    }

    private PasswordPolicy() {
    }

    public static Optional<Problem> check(String rawPassword) {
        var length = rawPassword.codePointCount(0, rawPassword.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (isCommon(rawPassword)) {
            return Optional.of(Problem.TOO_COMMON);
        }
        return Optional.empty();
    }

    static boolean isCommon(String rawPassword) {
        return Common.PASSWORDS.contains(rawPassword.toLowerCase(Locale.ROOT));
    }

    static Set<String> commonPasswords() {
        return Common.PASSWORDS;
    }

    /** Loaded on first use, once. */
    private static final class Common {
        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            try {
                return StandardDictionaries.PASSWORDS_LOADER.load().getFrequencies().stream()
                        .limit(COMMON_COUNT)
                        .map(password -> password.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toUnmodifiableSet());
            } catch (IOException e) {
                throw new UncheckedIOException("the common-password list of zxcvbn cannot be read", e);
            }
        }
    }
}
