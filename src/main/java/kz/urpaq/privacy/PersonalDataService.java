package kz.urpaq.privacy;

import kz.urpaq.audit.AuditAction;
import kz.urpaq.audit.AuditTrail;
import kz.urpaq.base.personal.PersonalDataSubject;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.competition.Phase;
import kz.urpaq.security.CurrentUser;
import kz.urpaq.security.PrivacyRefusedException;
import kz.urpaq.security.StepUp;
import kz.urpaq.submission.ApplicationService;
import kz.urpaq.submission.ApplicationStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * An applicant's rights over their data (SPEC §15): "download my data" (a ZIP built in the
 * background, {@link PersonalDataExports}, mailed as a link valid 24 hours) and "delete my
 * account" (refused while an application they submitted is in a competition not yet archived;
 * otherwise every room erases what it holds and the account stays as "deleted applicant #id").
 */
@Service
@PreAuthorize("hasRole('APPLICANT')")
@Transactional
public class PersonalDataService {

    public static final Duration LINK_VALIDITY = Duration.ofHours(24);

    private final ApplicationService applications;
    private final CompetitionService competitions;
    private final CurrentUser currentUser;
    private final StepUp stepUp;
    private final PersonalDataEraser eraser;
    private final PersonalDataExportRepository exports;
    private final AuditTrail audit;
    private final Clock clock;

    PersonalDataService(ApplicationService applications, CompetitionService competitions, CurrentUser currentUser,
                        StepUp stepUp, PersonalDataEraser eraser, PersonalDataExportRepository exports,
                        AuditTrail audit, Clock clock) {
        this.applications = applications;
        this.competitions = competitions;
        this.currentUser = currentUser;
        this.stepUp = stepUp;
        this.eraser = eraser;
        this.exports = exports;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The competitions that keep the caller from deleting their account now: those not archived
     * yet in which they submitted an application (a draft never submitted reached nobody and holds nothing back).
     */
    @Transactional(readOnly = true)
    public DeletionCheck deletionCheck() {
        var blocking = new LinkedHashMap<Long, DeletionCheck.Blocking>();
        for (var application : applications.mine()) {
            if (application.status() == ApplicationStatus.DRAFT && application.submittedAt() == null) {
                continue;
            }
            competitions.findPublic(application.competitionId())
                    .filter(competition -> competition.phase() != Phase.ARCHIVED)
                    .ifPresent(competition -> blocking.putIfAbsent(competition.id(), new DeletionCheck.Blocking(
                            competition.id(), competition.title(), competition.phase(), competition.reviewDeadline())));
        }
        return new DeletionCheck(blocking.values().stream()
                .sorted(Comparator.comparing(DeletionCheck.Blocking::competitionId)).toList());
    }

    /**
     * Deletes the caller's account: asks for the password again (step-up), refuses while
     * {@link #deletionCheck()} names a competition, then every room erases what it holds, the
     * account's sessions end and it can no longer sign in. Audited (the record names the label).
     *
     * @throws PrivacyRefusedException {@code privacy.delete.refused} naming the competitions
     */
    public void deleteMyAccount() {
        stepUp.require();
        var check = deletionCheck();
        if (!check.allowed()) {
            throw new PrivacyRefusedException("privacy.delete.refused", check.blocking().size());
        }
        var me = currentUser.require();
        audit.record(AuditAction.ACCOUNT_DELETED, "account", me.accountId(), null, null, null,
                eraser.label(me.accountId()));
        eraser.erase(new PersonalDataSubject(me.accountId(), me.email()));
    }

    /**
     * Asks for a ZIP of everything held about the caller; it is built in the background and a
     * link is mailed when it is ready. A request still being built is returned as it is.
     */
    public ExportStatus requestExport() {
        var me = currentUser.require().accountId();
        var latest = exports.findFirstByAccountIdOrderByIdDesc(me);
        if (latest.isPresent() && latest.get().getState() == ExportState.PENDING) {
            return ExportStatus.of(latest.get());
        }
        var export = exports.saveAndFlush(new PersonalDataExport(me, clock.instant()));
        return ExportStatus.of(export);
    }

    /** The caller's newest request, if any. */
    @Transactional(readOnly = true)
    public Optional<ExportStatus> latestExport() {
        return exports.findFirstByAccountIdOrderByIdDesc(currentUser.require().accountId()).map(ExportStatus::of);
    }

    /** Whether a mailed link is the caller's and still valid (the page offers the download only then). */
    @Transactional(readOnly = true)
    public boolean exportValid(String token) {
        var me = currentUser.require().accountId();
        var now = clock.instant();
        return exports.findByTokenHash(PersonalDataExports.hash(token))
                .filter(export -> export.getAccountId() == me && export.getState() == ExportState.READY)
                .filter(export -> export.getExpiresAt() != null && now.isBefore(export.getExpiresAt()))
                .isPresent();
    }

    /**
     * The ZIP behind a mailed link, for its owner signed in, while it is valid; audited. Anyone
     * else, or a link that expired, gets nothing.
     */
    public Optional<byte[]> download(String token) {
        var me = currentUser.require().accountId();
        var now = clock.instant();
        return exports.findByTokenHash(PersonalDataExports.hash(token))
                .filter(export -> export.getAccountId() == me && export.getState() == ExportState.READY)
                .filter(export -> export.getExpiresAt() != null && now.isBefore(export.getExpiresAt()))
                .map(export -> {
                    audit.record(AuditAction.PERSONAL_DATA_EXPORTED, "account", me, null, null, null,
                            "export " + export.getId());
                    return export.getZip();
                });
    }
}
