package kz.urpaq.results;

import com.vaadin.flow.i18n.I18NProvider;
import kz.urpaq.audit.AuditAction;
import kz.urpaq.audit.AuditTrail;
import kz.urpaq.competition.CompetitionAccess;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.competition.Phase;
import kz.urpaq.notification.Mail;
import kz.urpaq.notification.MailKind;
import kz.urpaq.notification.Mailer;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.CurrentUser;
import kz.urpaq.submission.ApplicationDirectory;
import kz.urpaq.submission.ApplicationRef;
import kz.urpaq.submission.attachment.CheckedFiles;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Preliminary results and appeals (domain.md §13). While a competition is in PRELIMINARY each
 * applicant sees their own provisional result and may file one appeal with a reason (and a file,
 * checked like an attachment) until the window closes, as the server's clock decides. The
 * organisers decide each appeal with a written reason: upheld, the result changes through an
 * override citing the appeal and the results are re-finalised (both snapshots kept); rejected, the
 * applicant is told why. Filing and deciding are audited.
 */
@Service
@PreAuthorize("hasAnyRole('APPLICANT', 'ADMIN')")
@Transactional
public class AppealService {

    public static final int REASON_MAX_LENGTH = 2000;

    private final AppealRepository appeals;
    private final ProvisionalResultRepository provisional;
    private final ProvisionalResults provisionalResults;
    private final ResultsService results;
    private final CompetitionService competitions;
    private final CompetitionAccess access;
    private final ApplicationDirectory applications;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Mailer mailer;
    private final I18NProvider i18n;
    private final Clock clock;
    private final String baseUrl;

    AppealService(AppealRepository appeals, ProvisionalResultRepository provisional,
                  ProvisionalResults provisionalResults, ResultsService results, CompetitionService competitions,
                  CompetitionAccess access, ApplicationDirectory applications, AccountService accounts,
                  CurrentUser currentUser, AuditTrail audit, Mailer mailer, I18NProvider i18n, Clock clock,
                  @Value("${urpaq.public-base-url}") String baseUrl) {
        this.appeals = appeals;
        this.provisional = provisional;
        this.provisionalResults = provisionalResults;
        this.results = results;
        this.competitions = competitions;
        this.access = access;
        this.applications = applications;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.audit = audit;
        this.mailer = mailer;
        this.i18n = i18n;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** The caller's own provisional result and appeal; empty when the application has none (not ranked). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public java.util.Optional<MyProvisionalResult> provisional(long applicationId) {
        var me = currentUser.require().accountId();
        return provisional.findByApplicationId(applicationId).filter(r -> r.getApplicantId() == me).map(r -> {
            var competition = competition(r.getCompetitionId());
            var appeal = appeals.findByApplicationId(applicationId);
            var comments = r.getComments().isEmpty() ? List.<String>of() : Arrays.asList(r.getComments().split("\n"));
            return new MyProvisionalResult(applicationId, r.getPosition(), r.getRankedInDirection(), r.getScore(),
                    r.getFinalPlace(), r.isFinalGrant(), List.copyOf(comments), competition.appealsCloseAt(),
                    appeal.isEmpty() && competition.acceptsAppealsAt(clock.instant()),
                    appeal.map(a -> row(a, null)).orElse(null));
        });
    }

    /**
     * Files the caller's one appeal against the provisional result of their application.
     *
     * @throws AppealRefusedException outside the window, a second appeal, no reason or too long a one
     * @throws kz.urpaq.submission.attachment.AttachmentRejectedException a file refused as an attachment would be
     */
    @PreAuthorize("hasRole('APPLICANT')")
    public AppealRow file(long applicationId, String reason, @Nullable String fileName, @Nullable InputStream file) {
        var me = currentUser.require().accountId();
        var result = provisional.findByApplicationId(applicationId).filter(r -> r.getApplicantId() == me)
                .orElseThrow(() -> new AppealRefusedException(AppealRefusedException.NOT_FOUND));
        var competition = competition(result.getCompetitionId());
        if (!competition.acceptsAppealsAt(clock.instant())) {
            throw new AppealRefusedException("appeal.refused.window-closed");
        }
        if (appeals.findByApplicationId(applicationId).isPresent()) {
            throw new AppealRefusedException("appeal.refused.already-filed");
        }
        var text = reason(reason);
        var checked = file == null ? null : CheckedFiles.check(fileName == null ? "" : fileName, file);
        var saved = appeals.saveAndFlush(new Appeal(competition.id(), applicationId, me, text,
                checked == null ? null : checked.name(), checked == null ? null : checked.type(),
                checked == null ? null : checked.bytes(), clock.instant()));
        audit.record(AuditAction.APPEAL_FILED, "application", applicationId, competition.id(), null, "OPEN",
                text);
        return row(saved, null);
    }

    /** The caller's own appeals, in any competition: their records, for the export of their personal data. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public List<AppealRow> mine() {
        return appeals.findByApplicantIdOrderByIdAsc(currentUser.require().accountId()).stream()
                .map(a -> row(a, null)).toList();
    }

    /** The appeals of a competition, oldest first, for its organisers. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AppealRow> appeals(long competitionId) {
        access.requireAdministered(competitionId);
        var found = appeals.findByCompetitionIdOrderByIdAsc(competitionId);
        Map<Long, ApplicationRef> refs = applications.findAll(found.stream().map(Appeal::getApplicationId).toList())
                .stream().collect(Collectors.toMap(ApplicationRef::applicationId, Function.identity()));
        return found.stream().map(a -> row(a, refs.get(a.getApplicationId()))).toList();
    }

    /** An appeal's file, for its applicant and the competition's organisers. */
    @Transactional(readOnly = true)
    public AppealFile appealFile(long appealId) {
        var appeal = appeals.findById(appealId).filter(this::reachable)
                .orElseThrow(() -> new AppealRefusedException(AppealRefusedException.NOT_FOUND));
        if (appeal.getFileBytes() == null || appeal.getFileType() == null) {
            throw new AppealRefusedException(AppealRefusedException.NOT_FOUND);
        }
        return new AppealFile(Objects.requireNonNull(appeal.getFileName()), appeal.getFileType().mediaType(),
                appeal.getFileBytes());
    }

    /** An appeal's file as downloaded. */
    public record AppealFile(String name, String mediaType, byte[] bytes) {
    }

    /**
     * Decides an appeal with a written reason the applicant reads. Upheld: the application's final
     * place and grant become {@code place} and {@code grant} through an override citing the appeal,
     * and the results are re-finalised. Only in PRELIMINARY.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void decide(long appealId, boolean upheld, String reason, @Nullable Integer place, boolean grant) {
        var appeal = appeals.findById(appealId).filter(a -> access.administers(a.getCompetitionId()))
                .orElseThrow(() -> new AppealRefusedException(AppealRefusedException.NOT_FOUND));
        var competition = access.requireAdministered(appeal.getCompetitionId());
        if (competition.phase() != Phase.PRELIMINARY) {
            throw new AppealRefusedException("appeal.refused.phase");
        }
        if (appeal.getOutcome() != null) {
            throw new AppealRefusedException("appeal.refused.decided");
        }
        var text = reason(reason);
        if (upheld) {
            var cited = "appeal #" + appealId + ": " + text;
            results.overrideForAppeal(competition.id(), appeal.getApplicationId(), place, grant,
                    cited.length() > ResultsService.REASON_MAX_LENGTH
                            ? cited.substring(0, ResultsService.REASON_MAX_LENGTH) : cited);
            provisionalResults.write(competition.id());
        }
        var outcome = upheld ? Appeal.Outcome.UPHELD : Appeal.Outcome.REJECTED;
        appeal.decide(outcome, text, currentUser.get().map(p -> p.accountId()).orElse(null), clock.instant());
        appeals.saveAndFlush(appeal);
        audit.record(AuditAction.APPEAL_DECIDED, "application", appeal.getApplicationId(), competition.id(), "OPEN",
                outcome.name(), text);
        tellTheApplicant(appeal, competition, upheld, text);
    }

    private void tellTheApplicant(Appeal appeal, CompetitionOverview competition, boolean upheld, String reason) {
        var applicant = accounts.findAllById(List.of(appeal.getApplicantId())).stream().findFirst();
        if (applicant.isEmpty()) {
            return;
        }
        var locale = applicant.get().language().locale();
        var key = upheld ? "mail.appeal.upheld" : "mail.appeal.rejected";
        mailer.send(Mail.of(MailKind.APPEAL, applicant.get().email(), applicant.get().language(),
                        i18n.getTranslation(key + ".subject", locale, competition.title().in(locale)),
                        i18n.getTranslation(key + ".body", locale, applicant.get().displayName(),
                                competition.title().in(locale), reason,
                                baseUrl + "/applications/" + appeal.getApplicationId() + "/appeal"))
                .about("application", appeal.getApplicationId()).inCompetition(competition.id()));
    }

    private boolean reachable(Appeal appeal) {
        return appeal.getApplicantId() == currentUser.require().accountId()
                || currentUser.hasRole(kz.urpaq.security.Role.ADMIN) && access.administers(appeal.getCompetitionId());
    }

    private CompetitionOverview competition(long competitionId) {
        return competitions.findPublic(competitionId)
                .orElseThrow(() -> new AppealRefusedException(AppealRefusedException.NOT_FOUND));
    }

    private static String reason(@Nullable String reason) {
        var text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new AppealRefusedException("appeal.refused.reason-required");
        }
        if (text.length() > REASON_MAX_LENGTH) {
            throw new AppealRefusedException("appeal.refused.reason-too-long", REASON_MAX_LENGTH);
        }
        return text;
    }

    private static AppealRow row(Appeal a, @Nullable ApplicationRef ref) {
        return new AppealRow(Objects.requireNonNull(a.getId()), a.getApplicationId(),
                ref == null ? null : ref.referenceNumber(), ref == null ? "" : ref.title(), a.getReason(),
                a.getFileName(), a.getFiledAt(), a.getOutcome() == null ? null : a.getOutcome().name(),
                a.getDecisionReason(), a.getDecidedAt());
    }
}
