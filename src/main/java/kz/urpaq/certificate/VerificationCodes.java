package kz.urpaq.certificate;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Unguessable verification codes: 128 random bits from {@link SecureRandom}, Base64 URL-safe
 * without padding (22 characters of {@code A-Z a-z 0-9 - _}).
 */
public final class VerificationCodes {

    /** Random bytes per code: 16 bytes are 128 bits. */
    public static final int BYTES = 16;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private VerificationCodes() {
    }

    public static String next() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }

    /** Whether the text has the shape of a code, checked before any lookup. */
    public static boolean isWellFormed(String code) {
        return code.length() == 22 && code.chars().allMatch(c ->
                c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_');
    }
}
