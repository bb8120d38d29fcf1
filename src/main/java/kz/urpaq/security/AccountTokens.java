package kz.urpaq.security;

import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Issues and redeems the tokens of mailed links: 256 random bits, URL-safe Base64. Only their
 * SHA-256 hash reaches the database. Callers run inside their own transaction.
 */
@Component
class AccountTokens {

    static final int TOKEN_BYTES = 32;
    private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountTokenRepository tokens;
    private final Clock clock;

    AccountTokens(AccountTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A new token for the account; returns the token itself, which is never stored. */
    String issue(long accountId, AccountToken.Purpose purpose, Duration validFor) {
        var token = unguessable();
        var now = clock.instant();
        tokens.save(new AccountToken(accountId, purpose, hash(token), now, now.plus(validFor)));
        return token;
    }

    /** The unused, unexpired token of this purpose, if the text is one. */
    Optional<AccountToken> findUsable(String token, AccountToken.Purpose purpose) {
        if (!isTokenShaped(token)) {
            return Optional.empty();
        }
        var now = clock.instant();
        return tokens.findByTokenHash(hash(token))
                .filter(found -> found.getPurpose() == purpose && found.isUsableAt(now));
    }

    /** Makes every unused token of this purpose for the account unusable. */
    void revokeAll(long accountId, AccountToken.Purpose purpose) {
        var now = clock.instant();
        tokens.findByAccountIdAndPurposeAndUsedAtIsNull(accountId, purpose).forEach(token -> token.use(now));
    }

    /** Whether a token of this purpose was issued to the account within the last {@code period}. */
    boolean issuedWithin(long accountId, AccountToken.Purpose purpose, Duration period) {
        var since = clock.instant().minus(period);
        return tokens.findFirstByAccountIdAndPurposeOrderByCreatedAtDesc(accountId, purpose)
                .filter(latest -> latest.getCreatedAt().isAfter(since))
                .isPresent();
    }

    /** Whether the text could be a token at all: anything else is not looked up. */
    static boolean isTokenShaped(String text) {
        return TOKEN_SHAPE.matcher(text).matches();
    }

    /** 256 random bits as URL-safe Base64: a token, or a password that nobody is ever told. */
    static String unguessable() {
        var bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
