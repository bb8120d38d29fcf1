package kz.urpaq.security;

import org.springframework.security.crypto.codec.Hex;
import org.springframework.security.crypto.keygen.BytesKeyGenerator;
import org.springframework.security.crypto.keygen.KeyGenerators;
import org.springframework.security.crypto.password.AbstractValidatingPasswordEncoder;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * PBKDF2-HMAC-SHA256 with 310,000 iterations, a 16-byte salt and a 256-bit hash, written as
 * hex(salt ‖ hash): the same hashes, to the bit, as Spring Security's
 * {@code Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8()}, so the stored passwords keep their
 * {@code {pbkdf2@SpringSecurity_v5_8}} prefix and either encoder reads the other's.
 *
 * <p>Only the work per sign-in differs. The JDK's PBKDF2 hashes HMAC's two padded key blocks again in
 * every one of the 310,000 iterations: four SHA-256 compressions where two are new. Here each pad is
 * hashed once per password and the digest in that state is copied for every iteration (RFC 2104 §4
 * names the precomputation), so an iteration costs two compressions, still on the JDK's SHA-256
 * intrinsic. The iteration count, and so the work of someone guessing passwords (who precomputes
 * the pads anyway), is unchanged: it is the strength the issue asks to keep. The copies are short-lived
 * garbage, about 110 MB per check, which a young collection drops without copying
 * (docs/decisions/038-password-check-with-precomputed-pads.md; docs/benchmarks.md §1).
 */
final class Pbkdf2Sha256PasswordEncoder extends AbstractValidatingPasswordEncoder {

    static final int DEFAULT_ITERATIONS = 310_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int BLOCK_BYTES = 64;

    private final int iterations;
    private final BytesKeyGenerator salts = KeyGenerators.secureRandom(SALT_BYTES);

    Pbkdf2Sha256PasswordEncoder() {
        this(DEFAULT_ITERATIONS);
    }

    /** With fewer iterations only for the tests that compare it with the JDK's PBKDF2 on many inputs. */
    Pbkdf2Sha256PasswordEncoder(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.iterations = iterations;
    }

    @Override
    protected String encodeNonNullPassword(String rawPassword) {
        byte[] salt = salts.generateKey();
        return new String(Hex.encode(concat(salt, hash(rawPassword, salt))));
    }

    @Override
    protected boolean matchesNonNull(String rawPassword, String encodedPassword) {
        byte[] stored = Hex.decode(encodedPassword);
        if (stored.length != SALT_BYTES + HASH_BYTES) {
            return false;
        }
        byte[] salt = Arrays.copyOf(stored, SALT_BYTES);
        return MessageDigest.isEqual(stored, concat(salt, hash(rawPassword, salt))); // constant time
    }

    /** PBKDF2-HMAC-SHA256 (RFC 8018 §5.2) of the password's UTF-8 bytes, one 32-byte block. */
    byte[] hash(String rawPassword, byte[] salt) {
        byte[] key = utf8(rawPassword);
        try {
            MessageDigest inner = sha256();
            MessageDigest outer = sha256();
            if (key.length > BLOCK_BYTES) {
                key = sha256().digest(key);
            }
            byte[] pad = new byte[BLOCK_BYTES];
            for (int i = 0; i < BLOCK_BYTES; i++) {
                pad[i] = (byte) ((i < key.length ? key[i] : 0) ^ 0x36);
            }
            inner.update(pad);
            for (int i = 0; i < BLOCK_BYTES; i++) {
                pad[i] = (byte) ((i < key.length ? key[i] : 0) ^ 0x5c);
            }
            outer.update(pad);
            Arrays.fill(key, (byte) 0);

            byte[] u = new byte[HASH_BYTES];
            MessageDigest step = (MessageDigest) inner.clone();
            step.update(salt);
            step.update(new byte[] {0, 0, 0, 1}); // block index 1: one block is all of a 256-bit hash
            hmacOuter(outer, step, u);
            byte[] result = u.clone();
            for (int i = 1; i < iterations; i++) {
                step = (MessageDigest) inner.clone();
                step.update(u);
                hmacOuter(outer, step, u);
                for (int j = 0; j < HASH_BYTES; j++) {
                    result[j] ^= u[j];
                }
            }
            return result;
        } catch (CloneNotSupportedException | java.security.DigestException e) {
            throw new IllegalStateException("SHA-256 of this JDK cannot be copied", e);
        }
    }

    /** u = SHA-256(opad ‖ SHA-256(ipad ‖ message)), the message already in {@code step}. */
    private static void hmacOuter(MessageDigest outer, MessageDigest step, byte[] u)
            throws CloneNotSupportedException, java.security.DigestException {
        step.digest(u, 0, HASH_BYTES);
        MessageDigest last = (MessageDigest) outer.clone();
        last.update(u);
        last.digest(u, 0, HASH_BYTES);
    }

    /** The bytes the JDK's PBKDF2 takes from a password: UTF-8, an unpaired surrogate as '?'. */
    private static byte[] utf8(String password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        return bytes;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
