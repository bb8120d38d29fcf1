package kz.urpaq.security;

import kz.urpaq.base.i18n.TranslationKeys;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must be: 8 to 128 characters, and not one of the 10,000 most common
 * passwords, whatever its letter case. The list is the top of SecLists' ranked "10 million
 * passwords" list, most frequent first; where it came from and its licence are in
 * docs/decisions/016-web-hardening.md.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    static final int COMMON_COUNT = 10_000;
    private static final String COMMON_LIST = "/passwords/common-passwords.txt";

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
            var in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST);
            if (in == null) {
                throw new IllegalStateException("the common-password list " + COMMON_LIST + " is not on the class path");
            }
            try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines()
                        .map(password -> password.toLowerCase(Locale.ROOT))
                        .distinct()
                        .limit(COMMON_COUNT)
                        .collect(Collectors.toUnmodifiableSet());
            } catch (IOException e) {
                throw new UncheckedIOException("the common-password list cannot be read", e);
            }
        }
    }
}
