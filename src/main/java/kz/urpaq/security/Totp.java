package kz.urpaq.security;

import org.apache.commons.codec.binary.Base32;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as RFC 6238 defines them and every authenticator app computes
 * them: HMAC-SHA1 over the number of 30-second steps since 1970, six digits. Thirty lines of the
 * JDK's own HMAC, checked against the RFC's test vectors (docs/decisions/018-second-factor-and-step-up.md).
 */
public final class Totp {

    public static final int DIGITS = 6;
    static final long STEP_SECONDS = 30;
    /** A code of the step before or after the current one is accepted too: phone clocks drift. */
    private static final int DRIFT_STEPS = 1;
    private static final int SECRET_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base32 BASE32 = new Base32();

    private Totp() {
    }

    /** A new shared secret, as authenticator apps take it: 32 base32 letters, no padding. */
    static String newSecret() {
        var bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return BASE32.encodeToString(bytes).replace("=", "");
    }

    /** Whether the text is a secret this class can use: base32 of at least 16 bytes. */
    static boolean isSecret(String base32) {
        return base32.matches("[A-Z2-7]{26,64}") && decode(base32).length >= 16;
    }

    public static long step(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
    }

    /** The code an app shows at the given step for the base32 secret. */
    public static String code(String base32Secret, long step) {
        return code(decode(base32Secret), step, DIGITS, "HmacSHA1");
    }

    /** RFC 6238's algorithm with its parameters open, for its test vectors. */
    static String code(byte[] key, long step, int digits, String algorithm) {
        try {
            var mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            var hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            var offset = hash[hash.length - 1] & 0x0f;
            var binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            var code = Integer.toString(binary % (int) Math.pow(10, digits));
            return "0".repeat(digits - code.length()) + code;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + algorithm, e);
        }
    }

    /**
     * The step whose code the typed one is, looking one step either side of now and only at steps
     * after {@code lastUsedStep}; empty when it is none of them. Compared in constant time.
     */
    static OptionalLong matchingStep(String base32Secret, String typed, Instant now, long lastUsedStep) {
        var digits = typed.replaceAll("\\s", "");
        if (!digits.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        var current = step(now);
        var found = OptionalLong.empty();
        for (var step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            var same = MessageDigest.isEqual(code(base32Secret, step).getBytes(StandardCharsets.US_ASCII),
                    digits.getBytes(StandardCharsets.US_ASCII));
            if (same && step > lastUsedStep && found.isEmpty()) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }

    /** The {@code otpauth://} address an authenticator app reads from the QR code. */
    static String keyUri(String issuer, String accountName, String base32Secret) {
        var label = encode(issuer) + ":" + encode(accountName);
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    /** The secret in groups of four letters, as people type it into an app. */
    public static String grouped(String base32Secret) {
        return base32Secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    private static byte[] decode(String base32) {
        return BASE32.decode(base32.toUpperCase(Locale.ROOT));
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
