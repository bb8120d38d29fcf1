package kz.urpaq.applicant;

import kz.urpaq.base.domain.Almaty;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.security.EmailConfirmed;
import kz.urpaq.security.InputRefusedException;
import kz.urpaq.security.Refusal;
import org.springframework.context.event.EventListener;
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
 * the refusals, and which profile holds an IIN. Only the two secured services of this package
 * use it, and the confirmation of an address.
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

    /**
     * The band a profile is checked against early, as it is typed: the current round's, or, while
     * several rounds take applications, the widest of theirs, so that a school round of 14–18 does
     * not turn away a 25-year-old who came for the national round. Each round checks its own band
     * when an application starts and before it is submitted.
     */
    Optional<AgeRule> ageRule() {
        var open = competitionService.acceptingSubmissions();
        if (open.isEmpty()) {
            return competitionService.current().map(AgeRule::of);
        }
        return open.stream().max(java.util.Comparator.comparingInt((CompetitionOverview c) -> c.maxAge() - c.minAge())
                .thenComparingInt(CompetitionOverview::maxAge)).map(AgeRule::of);
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

    /**
     * A new profile for the account. Its IIN is held at once when the owner's address is confirmed
     * (refused if another account holds it); otherwise it is written down and claimed when the
     * address is, so nobody learns from this whether the IIN has an account.
     */
    ApplicantProfile create(long accountId, Iin iin, boolean addressConfirmed) {
        if (addressConfirmed) {
            refuseIfTaken(iin);
            return new ApplicantProfile(accountId, iin, now());
        }
        return ApplicantProfile.unconfirmed(accountId, iin, now());
    }

    void refuseIfTaken(Iin iin) {
        if (profiles.existsByClaimedIin(iin.digits())) {
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

    /**
     * When an address is confirmed, its profile claims the IIN it wrote down. If another account
     * holds that IIN, the profile goes: its owner, now known to own the address, is asked for the
     * details again, and is told there that the IIN has an account (domain.md §12).
     */
    @EventListener
    void onEmailConfirmed(EmailConfirmed confirmed) {
        profiles.findByAccountId(confirmed.accountId()).filter(profile -> !profile.holdsIin()).ifPresent(profile -> {
            if (profiles.existsByClaimedIin(profile.getIin().digits())) {
                profiles.delete(profile);
            } else {
                profile.claimIin();
                saveAndFlush(profile);
            }
        });
    }

    java.util.List<ApplicantProfile> findAllByAccountId(java.util.Collection<Long> accountIds) {
        return accountIds.isEmpty() ? java.util.List.of() : profiles.findAllByAccountIdIn(accountIds);
    }

    Optional<ApplicantProfile> findByAccountId(long accountId) {
        return profiles.findByAccountId(accountId);
    }
}
