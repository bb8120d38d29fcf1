package kz.urpaq.applicant;

import kz.urpaq.base.domain.Almaty;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.security.InputRefusedException;
import kz.urpaq.security.Refusal;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What registration and the profile page share: the age rule of the day, storing a profile,
 * and the refusals. Only the two secured services of this package use it.
 */
@Component
class ApplicantProfiles {

    private final ApplicantProfileRepository profiles;
    private final CompetitionService competitionService;
    private final Clock clock;

    ApplicantProfiles(ApplicantProfileRepository profiles, CompetitionService competitionService, Clock clock) {
        this.profiles = profiles;
        this.competitionService = competitionService;
        this.clock = clock;
    }

    Optional<AgeRule> ageRule() {
        return competitionService.current().map(AgeRule::of);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Almaty.ZONE);
    }

    Instant now() {
        return clock.instant();
    }

    static void refuseFirst(List<Refusal> refusals) {
        if (!refusals.isEmpty()) {
            throw new InputRefusedException(refusals.getFirst());
        }
    }

    void refuseIfTaken(Iin iin) {
        if (profiles.existsByIin(iin.digits())) {
            throw new InputRefusedException(ApplicantRules.FIELD_IIN, IinProblem.TAKEN.messageKey());
        }
    }

    /** Copies a checked form onto the profile, phones in their one written form. */
    static void fill(ApplicantProfile profile, ApplicantProfileSpec spec, LocalDate today, Instant now) {
        profile.update(PhoneNumber.normalize(spec.phone()).orElseThrow(), Objects.requireNonNull(spec.district()),
                spec.placeOfStudy(), now);
        if (AgeRule.isMinorOn(profile.getBirthDate(), today)) {
            profile.guardian(spec.guardianName(), PhoneNumber.normalize(spec.guardianPhone()).orElseThrow(), now);
        } else {
            profile.clearGuardian();
        }
    }

    /**
     * Stores at once, so that a race for the same IIN ends here as a refusal. The database's
     * message quotes the IIN: it is dropped here, never logged or passed on.
     */
    ApplicantProfile saveAndFlush(ApplicantProfile profile) {
        try {
            return profiles.saveAndFlush(profile);
        } catch (DataIntegrityViolationException e) {
            throw new InputRefusedException(ApplicantRules.FIELD_IIN, IinProblem.TAKEN.messageKey());
        }
    }

    java.util.List<ApplicantProfile> findAllByAccountId(java.util.Collection<Long> accountIds) {
        return accountIds.isEmpty() ? java.util.List.of() : profiles.findAllByAccountIdIn(accountIds);
    }

    Optional<ApplicantProfile> findByAccountId(long accountId) {
        return profiles.findByAccountId(accountId);
    }
}
