package kz.urpaq.submission;

import kz.urpaq.applicant.AgeRule;
import kz.urpaq.competition.CompetitionOverview;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/** Whether an application waits for a guardian, and the one-time links that ask one. */
@Component
class GuardianConsents {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final GuardianConsentRepository consents;

    GuardianConsents(GuardianConsentRepository consents) {
        this.consents = consents;
    }

    /** Under 18 on the competition's deadline (in Almaty), by the birth date of the profile. */
    static boolean required(CompetitionOverview competition, Optional<LocalDate> birthDate) {
        return birthDate.isPresent() && competition.submissionDeadline() != null
                && AgeRule.isMinorOn(birthDate.get(), AgeRule.of(competition).onDate());
    }

    GuardianStatus status(long applicationId, CompetitionOverview competition, Optional<LocalDate> birthDate) {
        if (!required(competition, birthDate)) {
            return GuardianStatus.NOT_REQUIRED;
        }
        return consents.findByApplicationId(applicationId)
                .map(consent -> new GuardianStatus(true, consent.getGuardianEmail(), consent.getRequestedAt(),
                        consent.getExpiresAt(), consent.getConfirmedAt(), consent.getGuardianName()))
                .orElse(new GuardianStatus(true, null, null, null, null, null));
    }

    static String newToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
