package kz.urpaq.submission;

import com.vaadin.flow.i18n.I18NProvider;
import kz.urpaq.applicant.ApplicantProfileService;
import kz.urpaq.applicant.ApplicantProfileSummary;
import kz.urpaq.audit.AuditAction;
import kz.urpaq.audit.AuditTrail;
import kz.urpaq.base.domain.NoSuchRecordException;
import kz.urpaq.competition.CompetitionAccess;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.notification.Mail;
import kz.urpaq.notification.MailKind;
import kz.urpaq.notification.Mailer;
import kz.urpaq.security.AccountRules;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.CurrentUser;
import kz.urpaq.security.InputRefusedException;
import kz.urpaq.security.UserAccount;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * A minor's guardian consents (SPEC §15): an applicant under 18 on the competition's deadline
 * names their parent's or guardian's e-mail; the guardian gets a one-time link (through the
 * outbox) to a page that names the applicant and the competition, and confirms with their name.
 * Until then the application can be written but not submitted; "send again" mails a new link and
 * the old one stops working. Both steps are audited. An organiser's administrator may record a
 * consent signed on paper instead, under their own name.
 */
@Service
@PreAuthorize("hasRole('APPLICANT')")
@Transactional
public class GuardianConsentService {

    public static final Duration LINK_VALIDITY = Duration.ofDays(7);
    /** A second mail to the same guardian waits this long, so that nobody floods a stranger's inbox. */
    public static final Duration RESEND_PAUSE = Duration.ofMinutes(1);

    private final ApplicationRepository applications;
    private final GuardianConsentRepository consents;
    private final GuardianConsents rules;
    private final ApplicantProfileService profiles;
    private final CompetitionService competitions;
    private final CompetitionAccess access;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Mailer mailer;
    private final I18NProvider i18n;
    private final AuditTrail audit;
    private final Clock clock;
    private final String baseUrl;

    GuardianConsentService(ApplicationRepository applications, GuardianConsentRepository consents,
                           GuardianConsents rules, ApplicantProfileService profiles, CompetitionService competitions,
                           CompetitionAccess access, AccountService accounts, CurrentUser currentUser, Mailer mailer,
                           I18NProvider i18n, AuditTrail audit, Clock clock,
                           @Value("${urpaq.public-base-url}") String baseUrl) {
        this.applications = applications;
        this.consents = consents;
        this.rules = rules;
        this.profiles = profiles;
        this.competitions = competitions;
        this.access = access;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.mailer = mailer;
        this.i18n = i18n;
        this.audit = audit;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Whether the caller's application waits for a guardian, and where the request stands. */
    @Transactional(readOnly = true)
    public GuardianStatus status(long applicationId) {
        var application = own(applicationId);
        return rules.status(applicationId, competition(application.getCompetitionId()),
                profiles.myProfile().map(ApplicantProfileSummary::birthDate));
    }

    /**
     * Mails the guardian a link that asks for their consent; a second call ("send again") mails a
     * new link and the earlier one stops working. Audited.
     *
     * @throws InputRefusedException     at {@code guardian-email}: not an address, or the applicant's own
     * @throws GuardianRefusedException  when no consent is needed, it is given already, the application
     *                                   is not a draft, or the last mail left less than a minute ago
     */
    public GuardianStatus request(long applicationId, String guardianEmail) {
        var application = own(applicationId);
        var competition = competition(application.getCompetitionId());
        var status = rules.status(applicationId, competition, profiles.myProfile().map(ApplicantProfileSummary::birthDate));
        if (!status.required()) {
            throw new GuardianRefusedException("guardian.refused.not-needed");
        }
        if (status.confirmed()) {
            throw new GuardianRefusedException("guardian.refused.already-confirmed");
        }
        if (!application.getStatus().isEditable()) {
            throw new ApplicationRefusedException(ApplicationRefusedException.Reason.NOT_A_DRAFT);
        }
        AccountRules.checkEmail(guardianEmail).ifPresent(refusal -> {
            throw new InputRefusedException(FIELD_GUARDIAN_EMAIL, refusal.messageKey(), refusal.argsArray());
        });
        var email = UserAccount.normalizeEmail(guardianEmail);
        var me = accounts.current().orElseThrow();
        if (email.equals(me.email())) {
            throw new InputRefusedException(FIELD_GUARDIAN_EMAIL, "guardian.refused.own-email");
        }
        var now = clock.instant();
        if (status.requestedAt() != null && now.isBefore(status.requestedAt().plus(RESEND_PAUSE))) {
            throw new GuardianRefusedException("guardian.refused.too-soon");
        }
        var consent = consents.findByApplicationId(applicationId)
                .orElseGet(() -> new GuardianConsent(applicationId, application.getApplicantId(), competition.id()));
        var token = GuardianConsents.newToken();
        consent.request(email, me.displayName(), GuardianConsents.hash(token), now, now.plus(LINK_VALIDITY));
        consent = consents.saveAndFlush(consent);
        var locale = me.language().locale();
        var link = baseUrl + "/guardian-consent/" + token;
        mailer.send(Mail.of(MailKind.GUARDIAN_CONSENT, email, me.language(),
                        i18n.getTranslation("mail.guardian.subject", locale, me.displayName()),
                        i18n.getTranslation("mail.guardian.body", locale, me.displayName(),
                                competition.title().in(locale), link, LINK_VALIDITY.toDays()))
                .withSecret(token).about("application", applicationId).inCompetition(competition.id()));
        audit.record(AuditAction.GUARDIAN_CONSENT_REQUESTED, "application", applicationId, competition.id(), null,
                null, "mail " + consent.getSentCount());
        return rules.status(applicationId, competition, profiles.myProfile().map(ApplicantProfileSummary::birthDate));
    }

    /** The request a guardian's link stands for, while it is unused and valid; empty otherwise. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<GuardianRequest> pending(String token) {
        // the guardian is not signed in: the competition is read as any visitor reads it
        return valid(token).flatMap(consent -> competitions.allPublic().stream()
                .filter(competition -> competition.id() == consent.getCompetitionId()).findFirst()
                .map(competition -> new GuardianRequest(consent.getApplicantName(), competition.title())));
    }

    /**
     * The guardian confirms their consent through their link, with their full name. The link
     * works once. Audited, naming the guardian's address.
     *
     * @throws InputRefusedException    at {@code guardian-full-name} when the name is too short or long
     * @throws GuardianRefusedException when the link is used, replaced, expired or unknown
     */
    @PreAuthorize("permitAll()")
    public void confirm(String token, String guardianName) {
        var consent = valid(token).orElseThrow(() -> new GuardianRefusedException("guardian.refused.link-invalid"));
        checkName(guardianName);
        consent.confirm(guardianName, GuardianConsent.BY_LINK, clock.instant());
        audit.record(AuditAction.GUARDIAN_CONSENT_CONFIRMED, "application", consent.getApplicationId(),
                consent.getCompetitionId(), null, null, "by " + consent.getGuardianEmail());
    }

    /**
     * An organiser's administrator records a consent the guardian signed on paper (a family
     * without e-mail, a paper application). Audited under the administrator's name.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void confirmOnPaper(long applicationId, String guardianName) {
        var application = applications.findById(applicationId)
                .filter(found -> access.administers(found.getCompetitionId()))
                .orElseThrow(() -> new NoSuchRecordException("screening.refused.not-found"));
        checkName(guardianName);
        var consent = consents.findByApplicationId(applicationId).orElseGet(() -> new GuardianConsent(applicationId,
                application.getApplicantId(), application.getCompetitionId()));
        if (consent.isConfirmed()) {
            return;
        }
        var principal = currentUser.require();
        consent.confirm(guardianName, principal.email(), clock.instant());
        consents.saveAndFlush(consent);
        audit.record(AuditAction.GUARDIAN_CONSENT_CONFIRMED, "application", applicationId,
                application.getCompetitionId(), null, null, "on paper");
    }

    public static final String FIELD_GUARDIAN_EMAIL = "guardian-email";
    public static final String FIELD_GUARDIAN_FULL_NAME = "guardian-full-name";

    private static void checkName(String guardianName) {
        var name = guardianName.strip();
        if (name.length() < AccountRules.DISPLAY_NAME_MIN_LENGTH) {
            throw new InputRefusedException(FIELD_GUARDIAN_FULL_NAME, "guardian.error.name-required");
        }
        if (name.length() > UserAccount.DISPLAY_NAME_MAX_LENGTH) {
            throw new InputRefusedException(FIELD_GUARDIAN_FULL_NAME, "account.error.full-name-too-long",
                    UserAccount.DISPLAY_NAME_MAX_LENGTH);
        }
    }

    private Optional<GuardianConsent> valid(String token) {
        if (token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        var now = clock.instant();
        return consents.findByTokenHash(GuardianConsents.hash(token))
                .filter(consent -> !consent.isConfirmed() && now.isBefore(consent.getExpiresAt()));
    }

    private Application own(long applicationId) {
        var me = currentUser.require().accountId();
        return applications.findById(applicationId)
                .filter(application -> application.getApplicantId() == me)
                .orElseThrow(() -> new AccessDeniedException("no such application of yours"));
    }

    private CompetitionOverview competition(long competitionId) {
        return competitions.findPublic(competitionId).orElseThrow(() -> new AccessDeniedException("no such competition"));
    }
}
