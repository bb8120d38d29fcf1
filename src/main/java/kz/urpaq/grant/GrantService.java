package kz.urpaq.grant;

import com.vaadin.flow.i18n.I18NProvider;
import kz.urpaq.applicant.ApplicantProfileService;
import kz.urpaq.applicant.ApplicantProfileSummary;
import kz.urpaq.audit.AuditAction;
import kz.urpaq.audit.AuditTrail;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.domain.NoSuchRecordException;
import kz.urpaq.competition.CompetitionAccess;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.competition.GrantPolicy;
import kz.urpaq.competition.Phase;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.results.export.ExportTable;
import kz.urpaq.results.export.ExportTables;
import kz.urpaq.notification.Mail;
import kz.urpaq.notification.MailKind;
import kz.urpaq.notification.Mailer;
import kz.urpaq.organiser.OrganiserService;
import kz.urpaq.results.AnnouncedEntry;
import kz.urpaq.results.AnnouncedRanking;
import kz.urpaq.security.AccountRules;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.CurrentUser;
import kz.urpaq.security.InputRefusedException;
import kz.urpaq.security.StepUp;
import kz.urpaq.security.SystemTask;
import kz.urpaq.security.UserAccount;
import kz.urpaq.submission.attachment.CheckedFiles;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Grants after the award (domain.md §14, docs/decisions/032-grants.md). On the announcement each
 * grant recipient gets a grant OFFERED for the competition's grant amount. The recipient accepts the
 * agreement online (password asked again; under 18 the guardian confirms through a mailed link) or
 * uploads a signed scan, or declines with a reason; an administrator countersigns (ACTIVE, the first
 * tranche DUE), records payments, terminates with a reason (step-up), and offers a declined grant to
 * the next project of the ranking the grant policy allows. Every change is audited. Another
 * recipient's grant, or another organiser's, is refused exactly as one that does not exist.
 */
@Service
@PreAuthorize("hasAnyRole('APPLICANT', 'ADMIN')")
@Transactional
public class GrantService {

    public static final int REASON_MAX_LENGTH = Grant.REASON_MAX_LENGTH;
    public static final int REASON_MIN_LENGTH = 5;
    public static final int REFERENCE_MAX_LENGTH = Tranche.REFERENCE_MAX_LENGTH;

    /** The longest agreement text, in each language, that {@link #changeTerms} takes. */
    public static final int TERMS_TEXT_MAX_LENGTH = GrantTerms.TEXT_MAX_LENGTH;
    public static final int ADULT_AGE = 18;
    public static final Duration GUARDIAN_LINK_VALIDITY = Duration.ofDays(7);
    public static final String FIELD_REASON = "grant-reason";
    public static final String FIELD_REFERENCE = "grant-payment-reference";
    public static final String FIELD_PAID_ON = "grant-paid-on";
    public static final String FIELD_GUARDIAN_EMAIL = "grant-guardian-email";
    public static final String FIELD_GUARDIAN_NAME = "grant-guardian-name";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final GrantRepository grants;
    private final GrantTermsRepository terms;
    private final TrancheRepository tranches;
    private final GrantAgreementRepository agreements;
    private final GrantSignatureRepository signatures;
    private final GuardianConfirmationRepository guardians;
    private final AnnouncedRanking ranking;
    private final CompetitionService competitions;
    private final CompetitionAccess access;
    private final OrganiserService organisers;
    private final ApplicantProfileService profiles;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final StepUp stepUp;
    private final AuditTrail audit;
    private final Mailer mailer;
    private final I18NProvider i18n;
    private final ObjectProvider<GrantReportStatuses> reportStatuses;
    private final GrantLookup lookup;
    private final Clock clock;
    private final String baseUrl;
    private final AgreementRenderer renderer = new AgreementRenderer();

    GrantService(GrantRepository grants, GrantTermsRepository terms, TrancheRepository tranches,
                 GrantAgreementRepository agreements, GrantSignatureRepository signatures,
                 GuardianConfirmationRepository guardians, AnnouncedRanking ranking, CompetitionService competitions,
                 CompetitionAccess access, OrganiserService organisers, ApplicantProfileService profiles,
                 AccountService accounts, CurrentUser currentUser, StepUp stepUp, AuditTrail audit, Mailer mailer,
                 I18NProvider i18n, ObjectProvider<GrantReportStatuses> reportStatuses, GrantLookup lookup,
                 Clock clock, @Value("${urpaq.public-base-url}") String baseUrl) {
        this.grants = grants;
        this.terms = terms;
        this.tranches = tranches;
        this.agreements = agreements;
        this.signatures = signatures;
        this.guardians = guardians;
        this.ranking = ranking;
        this.competitions = competitions;
        this.access = access;
        this.organisers = organisers;
        this.profiles = profiles;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.stepUp = stepUp;
        this.audit = audit;
        this.mailer = mailer;
        this.i18n = i18n;
        this.reportStatuses = reportStatuses;
        this.lookup = lookup;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    // ---- offering ------------------------------------------------------------------------------

    /**
     * Offers a grant to each grant recipient of the competition's announced results who has none yet
     * (the announcement does this itself; the register's button repeats it after a failure).
     *
     * @return how many grants were offered now
     */
    @PreAuthorize("hasRole('ADMIN')")
    public int offerToRecipients(long competitionId) {
        var competition = access.requireAdministered(competitionId);
        if (competition.phase() != Phase.ANNOUNCED && competition.phase() != Phase.ARCHIVED) {
            throw new GrantRefusedException("grant.refused.not-announced");
        }
        return offerAll(competition);
    }

    /** Called on the announcement, inside its transaction, as the system. */
    int offerAll(CompetitionOverview competition) {
        int offered = 0;
        for (var entry : ranking.ranking(competition.id())) {
            if (entry.grant() && grants.findByApplicationId(entry.applicationId()).isEmpty()) {
                offer(competition, entry, null);
                offered++;
            }
        }
        return offered;
    }

    private Grant offer(CompetitionOverview competition, AnnouncedEntry entry, @Nullable Long replaces) {
        var now = clock.instant();
        var amount = BigDecimal.valueOf(competition.grantAmountTenge()).setScale(2);
        var grant = grants.saveAndFlush(new Grant(competition.id(), entry.applicationId(), entry.applicantId(), amount,
                entry.projectTitle(), entry.holderName(), replaces, now));
        var schedule = termsOf(competition.id()).getSchedule();
        long whole = competition.grantAmountTenge();
        long given = 0;
        for (int i = 0; i < schedule.size(); i++) {
            var share = schedule.get(i);
            long part = i == schedule.size() - 1 ? whole - given : whole * share.percent() / 100;
            given += part;
            tranches.save(new Tranche(grant.id(), i + 1, share.percent(), BigDecimal.valueOf(part).setScale(2),
                    share.dueOn()));
        }
        audit.record(AuditAction.GRANT_OFFERED, "grant", grant.id(), competition.id(), null, GrantState.OFFERED.name(),
                "application " + entry.applicationId() + (replaces == null ? "" : ", in place of grant " + replaces));
        return grant;
    }

    // ---- reading -------------------------------------------------------------------------------

    /** The grant register of a competition: one row per grant, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<GrantRow> register(long competitionId) {
        var competition = access.requireAdministered(competitionId);
        var found = grants.findByCompetitionIdOrderByIdAsc(competitionId);
        var taken = found.stream().map(Grant::getApplicationId).collect(Collectors.toSet());
        var reserveOpen = nextReserve(competition, found, taken).isPresent();
        return rows(found, reserveOpen);
    }

    /** The signed-in recipient's own grants, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public List<GrantRow> myGrants() {
        return rows(grants.findByRecipientAccountIdOrderByIdAsc(currentUser.require().accountId()), false);
    }

    /** The caller's own grant, or one of a competition the caller administers. */
    @Transactional(readOnly = true)
    public GrantRow grant(long grantId) {
        return rows(List.of(readable(grantId)), false).getFirst();
    }

    /** The competition's grant terms (its own, or the defaults). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public GrantTermsView terms(long competitionId) {
        access.requireAdministered(competitionId);
        var t = termsOf(competitionId);
        return new GrantTermsView(t.getAgreementTextKk(), t.getAgreementTextRu(), t.getInterimReportDue(),
                t.getFinalReportDue(), t.getSchedule());
    }

    /**
     * Sets the competition's grant terms: the texts, the reporting dates and the tranche schedule
     * (whole percents adding up to 100). Grants already offered keep their tranches. Audited.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public GrantTermsView changeTerms(long competitionId, GrantTermsView view) {
        access.requireAdministered(competitionId);
        if (view.textKk().isBlank() || view.textRu().isBlank()
                || view.textKk().length() > GrantTerms.TEXT_MAX_LENGTH || view.textRu().length() > GrantTerms.TEXT_MAX_LENGTH) {
            throw new GrantRefusedException("grant.refused.terms-text");
        }
        if (view.schedule().isEmpty() || view.schedule().stream().mapToInt(TrancheShare::percent).sum() != 100) {
            throw new GrantRefusedException("grant.refused.schedule-sum");
        }
        if (view.interimReportDue() != null && view.finalReportDue() != null
                && !view.interimReportDue().isBefore(view.finalReportDue())) {
            throw new GrantRefusedException("grant.refused.report-dates");
        }
        var t = terms.findByCompetitionId(competitionId).orElseGet(() -> GrantTerms.defaults(competitionId));
        t.change(view.textKk().strip(), view.textRu().strip(), view.interimReportDue(), view.finalReportDue(),
                view.schedule());
        terms.saveAndFlush(t);
        audit.record(AuditAction.GRANT_TERMS_CHANGED, "competition", competitionId, competitionId, null, null,
                view.schedule().stream().map(s -> s.percent() + "% " + s.dueOn()).collect(Collectors.joining(", ")));
        return terms(competitionId);
    }

    /**
     * The agreement PDF of the caller's own grant, or of a grant the caller administers: the bytes
     * kept since it was first rendered (rendered and kept now if never before).
     */
    public byte[] agreementPdf(long grantId) {
        return agreement(readable(grantId)).getPdf();
    }

    /** The register as CSV (UTF-8 with a byte order mark, formula cells defused): machine column keys, codes for states. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public void registerCsv(long competitionId, java.io.OutputStream out) {
        ExportTables.csv(registerTable(competitionId, Language.DEFAULT.locale()), out);
    }

    /** The register as an XLSX workbook, headers and states in the reader's language. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public void registerXlsx(long competitionId, java.util.Locale locale, java.io.OutputStream out) {
        ExportTables.xlsx(List.of(registerTable(competitionId, locale)), out);
    }

    private ExportTable registerTable(long competitionId, java.util.Locale locale) {
        // machine key (the CSV header) → the header's translation key (the XLSX header)
        var headers = new java.util.LinkedHashMap<String, String>();
        headers.put("grant_id", "grant.column.grant");
        headers.put("application_id", "grant.column.application");
        headers.put("recipient", "grant.column.recipient");
        headers.put("project", "grant.column.project");
        headers.put("amount", "grant.column.amount");
        headers.put("state", "grant.column.state");
        headers.put("agreement", "grant.column.agreement");
        headers.put("tranches_paid", "grant.tranche-state.paid");
        headers.put("tranches_due", "grant.tranche-state.due");
        headers.put("interim_report", "grant.report-kind.interim");
        headers.put("final_report", "grant.report-kind.final");
        headers.put("overdue", "grant.column.overdue");
        headers.put("reason", "grant.column.reason");
        var columns = headers.entrySet().stream()
                .map(e -> new ExportTable.Column(e.getKey(), i18n.getTranslation(e.getValue(), locale))).toList();
        var rows = new ArrayList<List<@Nullable Object>>();
        for (var row : register(competitionId)) {
            var g = row.grant();
            var cells = new ArrayList<@Nullable Object>();
            cells.add(g.id());
            cells.add(g.applicationId());
            cells.add(row.recipientName());
            cells.add(g.projectTitle());
            cells.add(g.amount());
            cells.add(new ExportTable.Label(g.state().name(), i18n.getTranslation(g.state().labelKey(), locale)));
            cells.add(new ExportTable.Label(row.agreement().name(), i18n.getTranslation(row.agreement().labelKey(), locale)));
            cells.add(row.tranches().stream().filter(t -> t.state() == TrancheState.PAID).map(TrancheLine::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
            cells.add(row.tranches().stream().filter(t -> t.state() == TrancheState.DUE).map(TrancheLine::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
            cells.add(row.reports() == null ? null : row.reports().interimState());
            cells.add(row.reports() == null ? null : row.reports().finalState());
            cells.add(row.overdue());
            cells.add(row.reason());
            rows.add(cells);
        }
        return new ExportTable(null, i18n.getTranslation("grant.register.sheet", locale), columns, rows);
    }

    // ---- the recipient -------------------------------------------------------------------------

    /**
     * The recipient accepts the agreement online. The page asks for the password again just before
     * (step-up); the service refuses without a fresh confirmation. A recipient under 18 on this day
     * names the guardian's e-mail: the guardian gets a link, and the grant becomes ACCEPTED only
     * when the guardian confirms.
     *
     * @throws kz.urpaq.security.StepUpRequiredException without a fresh password
     * @throws InputRefusedException at {@link #FIELD_GUARDIAN_EMAIL} when a guardian is needed and the address is missing or wrong
     */
    @PreAuthorize("hasRole('APPLICANT')")
    public GrantRow accept(long grantId, @Nullable String guardianEmail) {
        var grant = own(grantId);
        requireState(grant, GrantState.OFFERED);
        if (guardians.findByGrantId(grantId).filter(g -> g.getConfirmedAt() == null).isPresent()) {
            throw new GrantRefusedException("grant.refused.awaiting-guardian");
        }
        stepUp.require();
        var me = accounts.current().orElseThrow();
        var pdf = agreement(grant);
        var now = clock.instant();
        signatures.save(new GrantSignature(grantId, SignatureMethod.ONLINE, me.id(), me.displayName(), now,
                pdf.getSha256(), null, null, null));
        if (isMinor(profiles.myProfile())) {
            var email = guardianEmail == null ? "" : guardianEmail.strip();
            AccountRules.checkEmail(email).ifPresent(refusal -> {
                throw new InputRefusedException(FIELD_GUARDIAN_EMAIL, refusal.messageKey(), refusal.argsArray());
            });
            var normalised = UserAccount.normalizeEmail(email);
            if (normalised.equals(me.email())) {
                throw new InputRefusedException(FIELD_GUARDIAN_EMAIL, "guardian.refused.own-email");
            }
            var token = newToken();
            guardians.save(new GuardianConfirmation(grantId, normalised, hash(token), now,
                    now.plus(GUARDIAN_LINK_VALIDITY)));
            var locale = me.language().locale();
            mailer.send(Mail.of(MailKind.GRANT_GUARDIAN, normalised, me.language(),
                            i18n.getTranslation("grant.mail.guardian.subject", locale, me.displayName()),
                            i18n.getTranslation("grant.mail.guardian.body", locale, me.displayName(),
                                    grant.getProjectTitle(), baseUrl + "/grant-guardian/" + token,
                                    GUARDIAN_LINK_VALIDITY.toDays()))
                    .withSecret(token).about("grant", grantId).inCompetition(grant.getCompetitionId()));
            audit.record(AuditAction.GRANT_GUARDIAN_REQUESTED, "grant", grantId, grant.getCompetitionId(), null, null,
                    "sha256 " + pdf.getSha256());
        } else {
            move(grant, GrantState.ACCEPTED, null, AuditAction.GRANT_ACCEPTED, "online, sha256 " + pdf.getSha256());
        }
        return grant(grantId);
    }

    /** Whether the signed-in recipient is under 18 today, so that accepting online needs the guardian's confirmation. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public boolean acceptanceNeedsGuardian() {
        return isMinor(profiles.myProfile());
    }

    /** The agreement a guardian's link stands for, while it is unused and valid; empty otherwise. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<GuardianAgreement> guardianRequest(String token) {
        return openGuardian(token).map(g -> {
            var grant = grants.findById(g.getGrantId()).orElseThrow();
            return new GuardianAgreement(grant.getRecipientName(), grant.getProjectTitle(), grant.getAmount());
        });
    }

    /** The agreement PDF a guardian's open link stands for, so that the guardian reads what they confirm. */
    @PreAuthorize("permitAll()")
    public byte[] guardianAgreementPdf(String token) {
        var request = openGuardian(token).orElseThrow(() -> new GrantRefusedException("grant.refused.link-invalid"));
        return SystemTask.run(() -> agreement(grants.findById(request.getGrantId()).orElseThrow()).getPdf());
    }

    /**
     * The guardian confirms the agreement a recipient under 18 accepted, through their one-time link,
     * with their full name: the grant becomes ACCEPTED. Audited, naming the guardian's address.
     */
    @PreAuthorize("permitAll()")
    public void confirmByGuardian(String token, String guardianName) {
        var request = openGuardian(token).orElseThrow(() -> new GrantRefusedException("grant.refused.link-invalid"));
        var name = guardianName.strip();
        if (name.length() < 3 || name.length() > 200) {
            throw new InputRefusedException(FIELD_GUARDIAN_NAME, "grant.refused.guardian-name");
        }
        SystemTask.run(() -> {
            var grant = grants.findById(request.getGrantId()).orElseThrow();
            requireState(grant, GrantState.OFFERED);
            var pdf = agreement(grant);
            var now = clock.instant();
            request.confirm(name, now);
            signatures.save(new GrantSignature(grant.id(), SignatureMethod.GUARDIAN, null, name, now, pdf.getSha256(),
                    null, null, null));
            move(grant, GrantState.ACCEPTED, null, AuditAction.GRANT_ACCEPTED,
                    "guardian " + request.getGuardianEmail() + ", sha256 " + pdf.getSha256());
        });
    }

    /**
     * The recipient uploads the agreement signed on paper, checked like an attachment (PDF or image):
     * the grant becomes ACCEPTED; the signature names the SHA-256 of the agreement as it was issued.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    public GrantRow uploadSignedScan(long grantId, String fileName, InputStream content) {
        var grant = own(grantId);
        requireState(grant, GrantState.OFFERED);
        var checked = CheckedFiles.check(fileName, content);
        var me = accounts.current().orElseThrow();
        var pdf = agreement(grant);
        signatures.save(new GrantSignature(grantId, SignatureMethod.SCAN, me.id(), me.displayName(), clock.instant(),
                pdf.getSha256(), checked.name(), checked.type(), checked.bytes()));
        move(grant, GrantState.ACCEPTED, null, AuditAction.GRANT_ACCEPTED,
                "scan " + checked.name() + " (sha256 " + sha256(checked.bytes()) + "), agreement sha256 " + pdf.getSha256());
        return grant(grantId);
    }

    /** The recipient declines the grant, with a reason. */
    @PreAuthorize("hasRole('APPLICANT')")
    public GrantRow decline(long grantId, String reason) {
        var grant = own(grantId);
        requireState(grant, GrantState.OFFERED);
        move(grant, GrantState.DECLINED, reason(reason), AuditAction.GRANT_DECLINED, null);
        return grant(grantId);
    }

    // ---- the administrator ---------------------------------------------------------------------

    /** An administrator countersigns an accepted agreement: the grant is ACTIVE and the tranches due on it DUE. */
    @PreAuthorize("hasRole('ADMIN')")
    public GrantRow countersign(long grantId) {
        var grant = administered(grantId);
        requireState(grant, GrantState.ACCEPTED);
        var me = accounts.current().orElseThrow();
        var pdf = agreement(grant);
        signatures.save(new GrantSignature(grantId, SignatureMethod.COUNTERSIGN, me.id(), me.displayName(),
                clock.instant(), pdf.getSha256(), null, null, null));
        move(grant, GrantState.ACTIVE, null, AuditAction.GRANT_COUNTERSIGNED, "sha256 " + pdf.getSha256());
        fallDue(grant, TrancheTrigger.COUNTERSIGNED);
        return grant(grantId);
    }

    /**
     * Records a due tranche as paid on a day with the payment's reference (no bank integration). A
     * tranche already paid, or not yet due, is refused.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public GrantRow recordPayment(long trancheId, @Nullable LocalDate paidOn, String reference) {
        var tranche = tranches.findById(trancheId).orElseThrow(() -> new NoSuchRecordException(GrantRefusedException.NOT_FOUND));
        var grant = administered(tranche.getGrantId());
        if (tranche.getState() == TrancheState.PAID) {
            throw new GrantRefusedException("grant.refused.tranche-paid");
        }
        if (tranche.getState() != TrancheState.DUE) {
            throw new GrantRefusedException("grant.refused.tranche-not-due");
        }
        if (paidOn == null || paidOn.isAfter(Almaty.at(clock.instant()).toLocalDate())) {
            throw new InputRefusedException(FIELD_PAID_ON, "grant.refused.paid-on");
        }
        var text = reference.strip();
        if (text.isEmpty() || text.length() > REFERENCE_MAX_LENGTH) {
            throw new InputRefusedException(FIELD_REFERENCE, "grant.refused.reference", REFERENCE_MAX_LENGTH);
        }
        tranche.pay(paidOn, text, currentUser.require().accountId(), clock.instant());
        tranches.saveAndFlush(tranche);
        audit.record(AuditAction.GRANT_TRANCHE_PAID, "grant", grant.id(), grant.getCompetitionId(),
                TrancheState.DUE.name(), TrancheState.PAID.name(),
                "tranche " + tranche.getPosition() + ", " + tranche.getAmount() + " on " + paidOn + ", ref " + text);
        return grant(grant.id());
    }

    /** An administrator terminates a grant that is not yet closed, with a reason; the password is asked again (step-up). */
    @PreAuthorize("hasRole('ADMIN')")
    public GrantRow terminate(long grantId, String reason) {
        var grant = administered(grantId);
        if (grant.getState().isClosed()) {
            throw new GrantRefusedException("grant.refused.wrong-state");
        }
        var text = reason(reason);
        stepUp.require();
        move(grant, GrantState.TERMINATED, text, AuditAction.GRANT_TERMINATED, null);
        return grant(grantId);
    }

    /** The project a declined grant could be offered to now, if the ranking holds one the grant policy allows. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<ReserveCandidate> reserveFor(long grantId) {
        var grant = administered(grantId);
        if (grant.getState() != GrantState.DECLINED) {
            return Optional.empty();
        }
        var competition = access.requireAdministered(grant.getCompetitionId());
        var all = grants.findByCompetitionIdOrderByIdAsc(competition.id());
        if (all.stream().anyMatch(g -> java.util.Objects.equals(g.getReplacesGrantId(), grantId))) {
            return Optional.empty();
        }
        return candidate(competition, grant, all.stream().map(Grant::getApplicationId).collect(Collectors.toSet()));
    }

    /**
     * Offers a declined grant to the next project of the ranking the grant policy allows (the reserve
     * list), with a reason. Audited on both grants.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public GrantRow offerToReserve(long declinedGrantId, String reason) {
        var text = reason(reason);
        var declined = administered(declinedGrantId);
        if (declined.getState() != GrantState.DECLINED) {
            throw new GrantRefusedException("grant.refused.wrong-state");
        }
        var candidate = reserveFor(declinedGrantId)
                .orElseThrow(() -> new GrantRefusedException("grant.refused.no-reserve"));
        var competition = access.requireAdministered(declined.getCompetitionId());
        var entry = ranking.ranking(competition.id()).stream()
                .filter(e -> e.applicationId() == candidate.applicationId()).findFirst().orElseThrow();
        var offered = offer(competition, entry, declinedGrantId);
        audit.record(AuditAction.GRANT_RESERVE_OFFERED, "grant", declinedGrantId, competition.id(), null,
                "grant " + offered.id(), text);
        return grant(offered.id());
    }

    // ---- the reports ---------------------------------------------------------------------------

    /** A report accepted: the interim one makes its tranches DUE; the final one too, and completes the grant. */
    void reportAccepted(GrantReportAccepted event) {
        var grant = grants.findById(event.grantId()).orElseThrow();
        if (grant.getState() != GrantState.ACTIVE) {
            return;
        }
        if (event.kind() == ReportKind.INTERIM) {
            fallDue(grant, TrancheTrigger.INTERIM_ACCEPTED);
        } else {
            fallDue(grant, TrancheTrigger.FINAL_ACCEPTED);
            move(grant, GrantState.COMPLETED, null, AuditAction.GRANT_COMPLETED, "final report accepted");
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    private void fallDue(Grant grant, TrancheTrigger trigger) {
        for (var tranche : tranches.findByGrantIdOrderByPositionAsc(grant.id())) {
            if (tranche.getDueOn() == trigger && tranche.getState() == TrancheState.PLANNED) {
                tranche.fallDue();
                audit.record(AuditAction.GRANT_TRANCHE_DUE, "grant", grant.id(), grant.getCompetitionId(),
                        TrancheState.PLANNED.name(), TrancheState.DUE.name(),
                        "tranche " + tranche.getPosition() + ", " + trigger);
            }
        }
        tranches.flush();
    }

    private void move(Grant grant, GrantState to, @Nullable String reason, AuditAction action, @Nullable String details) {
        var from = grant.getState();
        grant.moveTo(to, reason, clock.instant());
        grants.saveAndFlush(grant);
        audit.record(action, "grant", grant.id(), grant.getCompetitionId(), from.name(), to.name(),
                reason == null ? details : reason);
    }

    private static void requireState(Grant grant, GrantState expected) {
        if (grant.getState() != expected) {
            throw new GrantRefusedException("grant.refused.wrong-state");
        }
    }

    private static String reason(String reason) {
        var text = reason.strip();
        if (text.length() < REASON_MIN_LENGTH || text.length() > REASON_MAX_LENGTH) {
            throw new InputRefusedException(FIELD_REASON, "grant.refused.reason", REASON_MIN_LENGTH, REASON_MAX_LENGTH);
        }
        return text;
    }

    private Grant own(long grantId) {
        var me = currentUser.require().accountId();
        return grants.findById(grantId).filter(g -> g.getRecipientAccountId() == me)
                .orElseThrow(() -> new NoSuchRecordException(GrantRefusedException.NOT_FOUND));
    }

    private Grant administered(long grantId) {
        return grants.findById(grantId).filter(g -> currentUser.hasRole(kz.urpaq.security.Role.ADMIN)
                        && access.administers(g.getCompetitionId()))
                .orElseThrow(() -> new NoSuchRecordException(GrantRefusedException.NOT_FOUND));
    }

    private Grant readable(long grantId) {
        var me = currentUser.get().map(p -> p.accountId()).orElse(-1L);
        return grants.findById(grantId)
                .filter(g -> g.getRecipientAccountId() == me || currentUser.hasRole(kz.urpaq.security.Role.ADMIN)
                        && access.administers(g.getCompetitionId()))
                .orElseThrow(() -> new NoSuchRecordException(GrantRefusedException.NOT_FOUND));
    }

    private GrantTerms termsOf(long competitionId) {
        return terms.findByCompetitionId(competitionId).orElseGet(() -> GrantTerms.defaults(competitionId));
    }

    /** The agreement as kept, or rendered and kept now. */
    private GrantAgreement agreement(Grant grant) {
        return agreements.findByGrantId(grant.id()).orElseGet(() -> {
            var pdf = renderer.render(content(grant));
            return agreements.saveAndFlush(new GrantAgreement(grant.id(), pdf, sha256(pdf), clock.instant()));
        });
    }

    AgreementContent content(Grant grant) {
        var t = termsOf(grant.getCompetitionId());
        return SystemTask.run(() -> {
            var competition = competitions.findById(grant.getCompetitionId()).orElseThrow();
            var organiser = organisers.find(competition.organiserId());
            return new AgreementContent(grant.id(), competition.title(), organiser.name(), organiser.signatoryName(),
                    organiser.signatoryPosition(), grant.getRecipientName(), grant.getProjectTitle(),
                    grant.getAmount().longValue(), t.getSchedule(), t.getInterimReportDue(), t.getFinalReportDue(),
                    t.getAgreementTextKk(), t.getAgreementTextRu(), Almaty.at(grant.getCreatedAt()).toLocalDate());
        });
    }

    private boolean isMinor(Optional<ApplicantProfileSummary> profile) {
        return profile.map(p -> Period.between(p.birthDate(), Almaty.at(clock.instant()).toLocalDate()).getYears() < ADULT_AGE)
                .orElse(false);
    }

    private Optional<GuardianConfirmation> openGuardian(String token) {
        if (token.isBlank()) {
            return Optional.empty();
        }
        return guardians.findByTokenHash(hash(token)).filter(g -> g.isOpenAt(clock.instant()));
    }

    private Optional<ReserveCandidate> nextReserve(CompetitionOverview competition, List<Grant> all, Set<Long> taken) {
        for (var grant : all) {
            if (grant.getState() == GrantState.DECLINED
                    && all.stream().noneMatch(g -> java.util.Objects.equals(g.getReplacesGrantId(), grant.getId()))) {
                var found = candidate(competition, grant, taken);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The reserve list: announced applications without a grant, scoring at least the award minimum;
     * for a grant per direction (place winners, a direction quota) the declined grant's direction by
     * position, for the overall top every direction by score.
     */
    private Optional<ReserveCandidate> candidate(CompetitionOverview competition, Grant declined, Set<Long> taken) {
        var entries = ranking.ranking(competition.id());
        var declinedEntry = entries.stream().filter(e -> e.applicationId() == declined.getApplicationId()).findFirst();
        var perDirection = competition.grantPolicy() != GrantPolicy.OVERALL_TOP;
        var order = perDirection ? Comparator.comparingInt(AnnouncedEntry::position)
                : Comparator.comparing(AnnouncedEntry::score).reversed().thenComparingInt(AnnouncedEntry::position);
        return entries.stream()
                .filter(e -> !e.grant() && !taken.contains(e.applicationId()))
                .filter(e -> e.score().compareTo(competition.minimumAwardScore()) >= 0)
                .filter(e -> !perDirection || declinedEntry.map(d -> d.directionId() == e.directionId()).orElse(false))
                .sorted(order)
                .findFirst()
                .map(e -> new ReserveCandidate(e.applicationId(), e.projectTitle(), e.holderName(), e.position(),
                        e.score()));
    }

    private List<GrantRow> rows(List<Grant> found, boolean reserveOpen) {
        if (found.isEmpty()) {
            return List.of();
        }
        var ids = found.stream().map(Grant::id).toList();
        var trancheMap = tranches.findByGrantIdInOrderByGrantIdAscPositionAsc(ids).stream()
                .collect(Collectors.groupingBy(Tranche::getGrantId));
        var signatureMap = signatures.findByGrantIdIn(ids).stream()
                .sorted(Comparator.comparing(GrantSignature::getId))
                .collect(Collectors.groupingBy(GrantSignature::getGrantId));
        Map<Long, ReportStatusLine> reports = reportStatuses(ids);
        var rows = new ArrayList<GrantRow>();
        var replaced = found.stream().map(Grant::getReplacesGrantId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        for (var grant : found) {
            var signed = signatureMap.getOrDefault(grant.id(), List.of());
            var lines = trancheMap.getOrDefault(grant.id(), List.of()).stream()
                    .map(t -> new TrancheLine(t.getId(), t.getPosition(), t.getPercent(), t.getAmount(), t.getDueOn(),
                            t.getState(), t.getPaidOn(), t.getPaymentReference()))
                    .toList();
            rows.add(new GrantRow(lookup.summary(grant), grant.getRecipientName(), agreementState(signed, grant.getState()),
                    signed.stream().map(s -> new SignatureLine(s.getMethod(), s.getSignerName(), s.getSignedAt(),
                            s.getSha256())).toList(),
                    lines, reports.get(grant.id()), grant.getReason(), grant.getReplacesGrantId(),
                    reserveOpen && grant.getState() == GrantState.DECLINED && !replaced.contains(grant.id())));
        }
        return rows;
    }

    private Map<Long, ReportStatusLine> reportStatuses(Collection<Long> ids) {
        var statuses = reportStatuses.getIfAvailable();
        return statuses == null ? Map.of() : statuses.forGrants(ids);
    }

    private static AgreementState agreementState(List<GrantSignature> signed, GrantState state) {
        var methods = signed.stream().map(GrantSignature::getMethod).collect(Collectors.toSet());
        if (methods.contains(SignatureMethod.COUNTERSIGN)) {
            return AgreementState.COUNTERSIGNED;
        }
        if (methods.contains(SignatureMethod.SCAN) || methods.contains(SignatureMethod.GUARDIAN)) {
            return AgreementState.SIGNED;
        }
        if (methods.contains(SignatureMethod.ONLINE)) {
            // accepted online and still OFFERED: a recipient under 18 whose guardian has not confirmed yet
            return state == GrantState.OFFERED ? AgreementState.AWAITING_GUARDIAN : AgreementState.SIGNED;
        }
        return AgreementState.UNSIGNED;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String newToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String token) {
        return sha256(token.getBytes(StandardCharsets.UTF_8));
    }
}
