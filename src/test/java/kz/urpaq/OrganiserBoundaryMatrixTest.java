package kz.urpaq;

import kz.urpaq.applicant.ApplicantProfileService;
import kz.urpaq.applicant.RegistrationService;
import kz.urpaq.audit.AuditFilter;
import kz.urpaq.audit.AuditService;
import kz.urpaq.base.domain.LocalizedText;
import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.certificate.CertificateService;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.competition.CompetitionSettings;
import kz.urpaq.competition.CompetitionSetupService;
import kz.urpaq.competition.Phase;
import kz.urpaq.demo.FinishedCompetitionDemo;
import kz.urpaq.organiser.OrganiserService;
import kz.urpaq.organiser.OrganiserSpec;
import kz.urpaq.outbox.OutboxFilter;
import kz.urpaq.outbox.OutboxService;
import kz.urpaq.results.PublicResultsService;
import kz.urpaq.results.ResultsService;
import kz.urpaq.results.export.Export;
import kz.urpaq.results.export.ResultsExportService;
import kz.urpaq.review.AssignmentService;
import kz.urpaq.review.JuryPanelService;
import kz.urpaq.review.ProgressService;
import kz.urpaq.review.ScoreDraft;
import kz.urpaq.review.ScoreSheetService;
import kz.urpaq.review.SubmittedScores;
import kz.urpaq.security.AccountLinkService;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.Role;
import kz.urpaq.security.SecondFactorService;
import kz.urpaq.security.SystemTask;
import kz.urpaq.submission.ApplicationDirectory;
import kz.urpaq.submission.ApplicationService;
import kz.urpaq.submission.BlindReadingService;
import kz.urpaq.submission.ScreeningFilter;
import kz.urpaq.submission.ScreeningService;
import kz.urpaq.submission.attachment.AttachmentKind;
import kz.urpaq.submission.attachment.AttachmentService;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organisers' boundaries over every public method of every service (docs/domain.md §17, issue 18).
 * Organiser B is the default organiser with the whole demo (a finished round with certificates, a
 * round under review, an open one); organiser A is made here with its own administrator and juror,
 * and a platform administrator beside them. Each row says how a method answers A's people about
 * B's records:
 * <ul>
 *   <li>{@code likeMissing}: exactly as for ids that do not exist (same refusal and message, or the
 *       same empty answer), so nothing of B can be learnt, for A's administrator, A's juror and the
 *       platform administrator alike;</li>
 *   <li>{@code listsNothingOfB}: a list without ids (competitions, accounts, audit records) holds none of B's;</li>
 *   <li>{@code platformOnly}: organiser management and the installation's mail — A's staff are refused, the
 *       platform administrator is let through;</li>
 *   <li>{@code unscoped}: methods that read no organiser's records (public pages, the caller's own
 *       account, installation-wide checks), with the reason.</li>
 * </ul>
 * The rows are checked against the services' methods found at run time: a new public method
 * without a row fails {@link #every_public_service_method_has_a_row}.
 */
@SpringBootTest
class OrganiserBoundaryMatrixTest {

    /** B's records, or ids that name nothing. */
    record Ids(long organiser, long competition, long announced, long review, long application, long applicant,
               long direction, long juror, long assignment, long certificate, long attachment, String code,
               String applicantEmail, CompetitionSettings settings) {
    }

    sealed interface Row permits LikeMissing, ListsNothingOfB, PlatformOnly, Unscoped {
    }

    record LikeMissing(Function<Ids, Object> call) implements Row {
    }

    record ListsNothingOfB(Function<Ids, Object> call, BiConsumer<Object, Ids> noneOfB) implements Row {
    }

    record PlatformOnly(Function<Ids, Object> call) implements Row {
    }

    record Unscoped(String reason) implements Row {
    }

    @Autowired ApplicationContext context;
    @Autowired TestAccounts testAccounts;
    @Autowired OrganiserService organisers;
    @Autowired AccountService accounts;
    @Autowired kz.urpaq.privacy.RetentionService retentionService;
    @Autowired kz.urpaq.grant.GrantService grants;
    @Autowired kz.urpaq.audit.AccessLogService accessLogService;
    @Autowired kz.urpaq.submission.GuardianConsentService guardians;
    @Autowired CompetitionService competitions;
    @Autowired CompetitionSetupService setup;
    @Autowired ApplicantProfileService profiles;
    @Autowired RegistrationService registration;
    @Autowired AuditService audit;
    @Autowired CertificateService certificates;
    @Autowired OutboxService outbox;
    @Autowired PublicResultsService publicResults;
    @Autowired ResultsService results;
    @Autowired ResultsExportService exports;
    @Autowired AssignmentService assignments;
    @Autowired JuryPanelService panels;
    @Autowired ProgressService progress;
    @Autowired ScoreSheetService sheets;
    @Autowired SubmittedScores submittedScores;
    @Autowired AccountLinkService links;
    @Autowired SecondFactorService secondFactors;
    @Autowired ApplicationDirectory directory;
    @Autowired ApplicationService applications;
    @Autowired BlindReadingService blindReading;
    @Autowired ScreeningService screening;
    @Autowired AttachmentService attachments;
    @Autowired kz.urpaq.submission.ApplicationStatistics applicationStatistics;
    @Autowired kz.urpaq.review.ReviewStatistics reviewStatistics;
    @Autowired kz.urpaq.insight.DashboardService dashboards;
    @Autowired kz.urpaq.submission.conversation.ConversationService conversations;
    @Autowired kz.urpaq.results.AppealService appeals;
    @Autowired kz.urpaq.grant.report.GrantReportService grantReports;
    @Autowired kz.urpaq.submission.ApplicationContents applicationContents;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static final long NONE = 8_000_000_000L;
    private static final String DENIED = "refused:access-denied";

    private Ids b;
    private Ids missing;
    private String adminA;
    private String jurorA;
    private String platform;

    @BeforeEach
    void organiserAAndBsRecords() {
        SystemTask.run(() -> {
            var organiserA = organisers.create(new OrganiserSpec("matrix-" + UUID.randomUUID().toString().substring(0, 8),
                    new LocalizedText("А ұйымы", "Организатор А", "Organiser A"),
                    new LocalizedText("Атырау облысы", "Атырауская область", "Atyrau Region"),
                    "a@example.kz", "+7 712 000 00 00", "Төраға",
                    new LocalizedText("Төраға", "Председатель", "Chair")));
            adminA = "admin-a-" + UUID.randomUUID() + "@example.kz";
            jurorA = "juror-a-" + UUID.randomUUID() + "@example.kz";
            platform = "platform-" + UUID.randomUUID() + "@example.kz";
            accounts.create(organiserA.id(), adminA, "password-" + UUID.randomUUID(), "А әкімші", EnumSet.of(Role.ADMIN),
                    Language.KK);
            accounts.create(organiserA.id(), jurorA, "password-" + UUID.randomUUID(), "А қазы", EnumSet.of(Role.JURY),
                    Language.KK);
            accounts.create(platform, "password-" + UUID.randomUUID(), "Платформа", EnumSet.of(Role.PLATFORM),
                    Language.KK);

            var announced = competitions.findByCode(FinishedCompetitionDemo.CODE).orElseThrow();
            var review = competitions.findByCode("TU-2026-D").orElseThrow();
            var application = directory.eligible(announced.id()).getFirst();
            var juror = accounts.findByEmail("jury.science1@urpaq.local").orElseThrow().id();
            var assignment = assignments.assignmentsOf(review.id(), juror).getFirst().assignmentId();
            var attachment = attachments.list(application.applicationId()).getFirst().id();
            var applicantEmail = accounts.findAllById(List.of(application.applicantId())).getFirst().email();
            b = new Ids(announced.organiserId(), review.id(), announced.id(), review.id(), application.applicationId(),
                    application.applicantId(), application.directionId(), juror, assignment,
                    certificates.list(announced.id()).getFirst().id(), attachment, review.code(), applicantEmail,
                    setup.settings(review.id()));
            missing = new Ids(NONE, NONE, NONE + 1, NONE + 2, NONE + 3, NONE + 4, NONE + 5, NONE + 6, NONE + 7,
                    NONE + 8, NONE + 9, "NO-SUCH-CODE", "nobody-" + UUID.randomUUID() + "@example.kz", b.settings());
        });
    }

    /** A grant of B's announced competition, or an id that names nothing. */
    private long grantOf(Ids ids) {
        return ids.announced() == NONE + 1 ? NONE
                : SystemTask.run(() -> grants.register(ids.announced())).getFirst().grant().id();
    }

    private long trancheOf(Ids ids) {
        return ids.announced() == NONE + 1 ? NONE
                : SystemTask.run(() -> grants.register(ids.announced())).getFirst().tranches().getFirst().id();
    }

    private Map<String, Row> rows() {
        var rows = new LinkedHashMap<String, Row>();
        // ---- organisers and the platform
        rows.put("OrganiserService#all()", new Unscoped("organisers are public: printed on pages and certificates"));
        rows.put("OrganiserService#find(long)", new Unscoped("organisers are public"));
        rows.put("OrganiserService#defaultOrganiserId()", new Unscoped("an id, public"));
        rows.put("OrganiserService#create(OrganiserSpec)", new PlatformOnly(ids -> organisers.create(
                new OrganiserSpec("m-" + UUID.randomUUID().toString().substring(0, 8),
                        new LocalizedText("Б", "Б", "B"), new LocalizedText("Б", "Б", "B"), "b@example.kz", "+7",
                        "Төраға", new LocalizedText("Т", "П", "C")))));
        rows.put("AccountService#appointAdministrator(long,String,String,Language)", new PlatformOnly(ids ->
                accounts.appointAdministrator(ids.organiser(), "appointed-" + UUID.randomUUID() + "@example.kz",
                        "Тағайындалған", Language.KK)));
        rows.put("OutboxService#find(OutboxFilter,int,int)", new PlatformOnly(ids -> outbox.find(OutboxFilter.ALL, 0, 5)));
        rows.put("OutboxService#count(OutboxFilter)", new PlatformOnly(ids -> outbox.count(OutboxFilter.ALL)));
        rows.put("OutboxService#countsByState()", new PlatformOnly(ids -> outbox.countsByState()));
        rows.put("OutboxService#resend(long)", new PlatformOnly(ids -> outbox.resend(NONE)));
        rows.put("OutboxService#resendAllFailed()", new Unscoped("sends again what failed, installation-wide; "
                + "PLATFORM only by the class's rule (not run here: it would send)"));
        rows.put("CertificateService#resumeAbandoned()", new PlatformOnly(ids -> certificates.resumeAbandoned()));

        // ---- competitions
        rows.put("CompetitionService#current()", new Unscoped("public landing page"));
        rows.put("CompetitionService#withPublicResults()", new Unscoped("announced results are public"));
        rows.put("CompetitionService#withPublicResults(long)", new Unscoped("announced results are public"));
        rows.put("CompetitionService#publishedRules(long)", new Unscoped("announced results are public"));
        rows.put("CompetitionService#findPublicByCode(String)", new Unscoped("public competition page"));
        rows.put("CompetitionService#acceptingSubmissions()", new Unscoped("public list of open rounds"));
        rows.put("CompetitionService#allPublic()", new Unscoped("public: every competition that is not a draft"));
        rows.put("CompetitionService#findPublic(long)", new Unscoped("what is public, to anyone signed in"));
        rows.put("CompetitionService#exists(String)", new Unscoped("codes are unique in the installation "
                + "(they are addresses, /c/{code}); tells no more than the public page"));
        rows.put("CompetitionService#listAll()", new ListsNothingOfB(ids -> competitions.listAll(), (found, ids) ->
                assertThat(overviews(found)).noneMatch(c -> c.organiserId() == ids.organiser())));
        rows.put("CompetitionService#findByCode(String)", new LikeMissing(ids -> competitions.findByCode(ids.code())));
        rows.put("CompetitionService#findById(long)", new Unscoped("public competitions to anyone signed in; "
                + "drafts only to their organiser's administrators (CompetitionServiceTest)"));
        rows.put("CompetitionService#create(CompetitionSpec)", new Unscoped("creates in the caller's own organiser"));
        rows.put("CompetitionService#create(CompetitionSpec,long)", new LikeMissing(ids ->
                competitions.create(null, ids.organiser())));
        rows.put("CompetitionSetupService#commentsToApplicants(long)", new Unscoped("a public setting of announced results"));
        rows.put("CompetitionSetupService#showCommentsToApplicants(long,boolean)", new LikeMissing(ids -> {
            setup.showCommentsToApplicants(ids.competition(), true);
            return "changed";
        }));
        rows.put("CompetitionSetupService#publicFigures(long)", new Unscoped("counts only, public when the organiser "
                + "turned them on (decision 028)"));
        rows.put("CompetitionSetupService#publicFiguresShown(long)", new LikeMissing(ids ->
                setup.publicFiguresShown(ids.competition())));
        rows.put("CompetitionSetupService#showPublicFigures(long,boolean)", new LikeMissing(ids -> {
            setup.showPublicFigures(ids.competition(), true);
            return "changed";
        }));
        rows.put("CompetitionSetupService#appealSettings(long)", new LikeMissing(ids -> setup.appealSettings(ids.competition())));
        rows.put("CompetitionSetupService#setAppeals(long,boolean,int)", new LikeMissing(ids ->
                setup.setAppeals(ids.competition(), true, 5)));
        rows.put("CompetitionSetupService#settings(long)", new LikeMissing(ids -> setup.settings(ids.competition())));
        rows.put("CompetitionSetupService#overview(long)", new LikeMissing(ids -> setup.overview(ids.competition())));
        rows.put("CompetitionSetupService#createDraft(int)", new Unscoped("creates in the caller's own organiser"));
        rows.put("CompetitionSetupService#copy(long)", new LikeMissing(ids -> setup.copy(ids.competition())));
        rows.put("CompetitionSetupService#update(long,CompetitionSettings)", new LikeMissing(ids ->
                setup.update(ids.competition(), ids.settings())));
        rows.put("CompetitionSetupService#setEligibleRegions(long,Set)", new LikeMissing(ids ->
                setup.setEligibleRegions(ids.competition(), Set.of(kz.urpaq.base.domain.Region.ATYRAU))));
        rows.put("CompetitionSetupService#moveTo(long,Phase)", new LikeMissing(ids ->
                setup.moveTo(ids.competition(), Phase.DELIBERATION)));

        // ---- grants after the award (issue 21)
        rows.put("GrantService#offerToRecipients(long)", new LikeMissing(ids -> grants.offerToRecipients(ids.announced())));
        rows.put("GrantService#register(long)", new LikeMissing(ids -> grants.register(ids.announced())));
        rows.put("GrantService#registerCsv(long,OutputStream)", new LikeMissing(ids -> {
            grants.registerCsv(ids.announced(), new ByteArrayOutputStream());
            return null;
        }));
        rows.put("GrantService#registerXlsx(long,Locale,OutputStream)", new LikeMissing(ids -> {
            grants.registerXlsx(ids.announced(), Locale.ROOT, new ByteArrayOutputStream());
            return null;
        }));
        rows.put("GrantService#terms(long)", new LikeMissing(ids -> grants.terms(ids.announced())));
        rows.put("GrantService#changeTerms(long,GrantTermsView)", new LikeMissing(ids -> grants.changeTerms(ids.announced(),
                new kz.urpaq.grant.GrantTermsView("Мәтін", "Текст", null, null,
                        List.of(new kz.urpaq.grant.TrancheShare(100, kz.urpaq.grant.TrancheTrigger.COUNTERSIGNED))))));
        rows.put("GrantService#grant(long)", new LikeMissing(ids -> grants.grant(grantOf(ids))));
        rows.put("GrantService#agreementPdf(long)", new LikeMissing(ids -> grants.agreementPdf(grantOf(ids))));
        rows.put("GrantService#countersign(long)", new LikeMissing(ids -> grants.countersign(grantOf(ids))));
        rows.put("GrantService#terminate(long,String)", new LikeMissing(ids -> grants.terminate(grantOf(ids),
                "Басқа ұйымдастырушының гранты")));
        rows.put("GrantService#reserveFor(long)", new LikeMissing(ids -> grants.reserveFor(grantOf(ids))));
        rows.put("GrantService#offerToReserve(long,String)", new LikeMissing(ids -> grants.offerToReserve(grantOf(ids),
                "Басқа ұйымдастырушының гранты")));
        rows.put("GrantService#recordPayment(long,LocalDate,String)", new LikeMissing(ids -> grants.recordPayment(
                trancheOf(ids), java.time.LocalDate.of(2026, 1, 1), "ПП 1")));
        rows.put("GrantService#myGrants()", new Unscoped("the caller's own grants"));
        rows.put("GrantService#acceptanceNeedsGuardian()", new Unscoped("the caller's own age"));
        rows.put("GrantService#accept(long,String)", new Unscoped("the recipient's own grant (GrantServiceTest)"));
        rows.put("GrantService#decline(long,String)", new Unscoped("the recipient's own grant (GrantServiceTest)"));
        rows.put("GrantService#uploadSignedScan(long,String,InputStream)",
                new Unscoped("the recipient's own grant (GrantServiceTest)"));
        rows.put("GrantService#guardianRequest(String)", new Unscoped("the holder of a one-time link"));
        rows.put("GrantService#guardianAgreementPdf(String)", new Unscoped("the holder of a one-time link"));
        rows.put("GrantService#confirmByGuardian(String,String)", new Unscoped("the holder of a one-time link"));

        // ---- applicants and accounts
        rows.put("RegistrationService#register(String,String,ApplicantProfileSpec)", new Unscoped("a visitor's own account"));
        rows.put("ApplicantProfileService#myProfile()", new Unscoped("the caller's own"));
        rows.put("ApplicantProfileService#saveMyProfile(ApplicantProfileSpec)", new Unscoped("the caller's own"));
        rows.put("ApplicantProfileService#createFor(long,ApplicantProfileSpec)", new LikeMissing(ids ->
                profiles.createFor(ids.applicant(), null)));
        rows.put("ApplicantProfileService#findByAccountId(long)", new LikeMissing(ids -> profiles.findByAccountId(ids.applicant())));
        rows.put("ApplicantProfileService#profiles(Collection)", new LikeMissing(ids -> profiles.profiles(List.of(ids.applicant()))));
        rows.put("ApplicantProfileService#districts(Collection)", new LikeMissing(ids -> profiles.districts(List.of(ids.applicant()))));
        rows.put("ApplicantProfileService#ageRule()", new Unscoped("public"));
        rows.put("ApplicantProfileService#today()", new Unscoped("public"));
        rows.put("AccountService#register(String,String,String,Language)", new Unscoped("a visitor's own account"));
        rows.put("PrivacyNoticeService#mustAccept()", new Unscoped("the caller's own"));
        rows.put("RetentionService#plan()", new PlatformOnly(ids -> retentionService.plan()));
        rows.put("RetentionService#run()", new Unscoped("installation-wide, the platform administrator's: anonymises after the retention period"));
        rows.put("AccessLogService#exportCsv(Instant,Instant,Writer)", new PlatformOnly(ids -> {
            accessLogService.exportCsv(java.time.Instant.EPOCH, java.time.Instant.EPOCH, new StringWriter());
            return null;
        }));
        rows.put("PersonalDataService#deletionCheck()", new Unscoped("the caller's own"));
        rows.put("PersonalDataService#deleteMyAccount()", new Unscoped("the caller's own"));
        rows.put("PersonalDataService#requestExport()", new Unscoped("the caller's own"));
        rows.put("PersonalDataService#latestExport()", new Unscoped("the caller's own"));
        rows.put("PersonalDataService#exportValid(String)", new Unscoped("the caller's own"));
        rows.put("PersonalDataService#download(String)", new Unscoped("the caller's own"));
        rows.put("GuardianConsentService#status(long)", new Unscoped("the caller's own application"));
        rows.put("GuardianConsentService#request(long,String)", new Unscoped("the caller's own application"));
        rows.put("GuardianConsentService#pending(String)", new Unscoped("the holder of a one-time link"));
        rows.put("GuardianConsentService#confirm(String,String)", new Unscoped("the holder of a one-time link"));
        rows.put("GuardianConsentService#confirmOnPaper(long,String)", new LikeMissing(ids -> {
            guardians.confirmOnPaper(ids.application(), "Сәуле Ахметова");
            return null;
        }));
        rows.put("PrivacyNoticeService#accept(int)", new Unscoped("the caller's own"));
        rows.put("PrivacyNoticeService#mine()", new Unscoped("the caller's own"));
        rows.put("AccountService#changePassword(String,String)", new Unscoped("the caller's own"));
        rows.put("AccountService#mustChangePassword()", new Unscoped("the caller's own"));
        rows.put("AccountService#requirePasswordChange(long)", new LikeMissing(ids -> {
            accounts.requirePasswordChange(ids.applicant());
            return "done";
        }));
        rows.put("AccountService#changeDisplayName(String)", new Unscoped("the caller's own"));
        rows.put("AccountService#current()", new Unscoped("the caller's own"));
        rows.put("AccountService#changeLanguage(Language)", new Unscoped("the caller's own"));
        rows.put("AccountService#currentLanguage()", new Unscoped("the caller's own"));
        rows.put("AccountService#isCurrentEmailConfirmed()", new Unscoped("the caller's own"));
        rows.put("AccountService#markEmailConfirmed(long)", new LikeMissing(ids -> {
            accounts.markEmailConfirmed(ids.applicant());
            return "done";
        }));
        rows.put("AccountService#search(String,Pageable)", new ListsNothingOfB(ids ->
                accounts.search("", PageRequest.of(0, 500)).getContent(), (found, ids) ->
                assertThat(summaries(found)).noneMatch(a -> a.id() == ids.applicant() || a.id() == ids.juror())));
        rows.put("AccountService#search(String,Role,Pageable)", new ListsNothingOfB(ids ->
                accounts.search("", Role.JURY, PageRequest.of(0, 500)).getContent(), (found, ids) ->
                assertThat(summaries(found)).noneMatch(a -> a.id() == ids.juror())));
        rows.put("AccountService#inviteJuror(String,String,Language)", new Unscoped("invites into the caller's own organiser"));
        rows.put("AccountService#changeAccess(long,Set,boolean)", new LikeMissing(ids ->
                accounts.changeAccess(ids.applicant(), Set.of(Role.APPLICANT), false)));
        rows.put("AccountService#changeAccess(long,long,Set,boolean)", new LikeMissing(ids ->
                accounts.changeAccess(ids.organiser(), ids.applicant(), Set.of(Role.APPLICANT), false)));
        rows.put("AccountService#administratorExists()", new Unscoped("installation-wide: is anyone an administrator"));
        rows.put("AccountService#findByEmail(String)", new LikeMissing(ids -> accounts.findByEmail(ids.applicantEmail())));
        rows.put("AccountService#create(String,String,String,Set,Language)", new Unscoped("creates in the caller's own organiser"));
        rows.put("AccountService#create(long,String,String,String,Set,Language)", new LikeMissing(ids ->
                accounts.create(ids.organiser(), "new-" + UUID.randomUUID() + "@example.kz", "password-123456",
                        "Жаңа", EnumSet.of(Role.JURY), Language.KK)));
        rows.put("AccountService#createSharingPassword(SequencedMap,String,Set,Language)",
                new Unscoped("creates in the caller's own organiser"));
        rows.put("AccountService#withRole(Role)", new ListsNothingOfB(ids -> accounts.withRole(Role.JURY), (found, ids) ->
                assertThat(summaries(found)).noneMatch(a -> a.id() == ids.juror())));
        rows.put("AccountService#members(long,Role)", new LikeMissing(ids -> accounts.members(ids.organiser(), Role.JURY)));
        rows.put("AccountService#rolesHere(long)", new LikeMissing(ids -> accounts.rolesHere(ids.applicant())));
        rows.put("AccountService#findAllById(Collection)", new LikeMissing(ids -> accounts.findAllById(List.of(ids.applicant()))));
        rows.put("AccountLinkService#confirmEmail(String)", new Unscoped("a link's holder, anyone"));
        rows.put("AccountLinkService#resendEmailConfirmation()", new Unscoped("the caller's own"));
        rows.put("AccountLinkService#requestPasswordReset(String)", new Unscoped("anyone, answers the same for every address"));
        rows.put("AccountLinkService#isPasswordResetLinkValid(String)", new Unscoped("a link's holder"));
        rows.put("AccountLinkService#resetPassword(String,String)", new Unscoped("a link's holder"));
        rows.put("AccountLinkService#isInvitationValid(String)", new Unscoped("a link's holder"));
        rows.put("AccountLinkService#acceptInvitation(String,String)", new Unscoped("a link's holder"));
        rows.put("SecondFactorService#myStatus()", new Unscoped("the caller's own"));
        rows.put("SecondFactorService#newFactor()", new Unscoped("the caller's own"));
        rows.put("SecondFactorService#enrol(String,String)", new Unscoped("the caller's own"));
        rows.put("SecondFactorService#renewRecoveryCodes()", new Unscoped("the caller's own"));
        rows.put("SecondFactorService#turnOff()", new Unscoped("the caller's own"));
        rows.put("SecondFactorService#confirmStepUp(String,String)", new Unscoped("the caller's own"));
        rows.put("SecondFactorService#hasSecondFactor(long)", new LikeMissing(ids -> secondFactors.hasSecondFactor(ids.juror())));
        rows.put("SecondFactorService#reset(long)", new LikeMissing(ids -> {
            secondFactors.reset(ids.juror());
            return "done";
        }));
        rows.put("SecondFactorService#enrolKnownSecret(long,String)", new Unscoped("start-up work only (a system task)"));

        // ---- applications
        rows.put("ApplicationService#mine()", new Unscoped("the caller's own"));
        rows.put("ApplicationService#start(long)", new Unscoped("an applicant applies to any public round"));
        rows.put("ApplicationService#get(long)", new Unscoped("the caller's own (ApplicationServiceTest)"));
        rows.put("ApplicationService#saveDraft(long,ApplicationContent)", new Unscoped("the caller's own"));
        rows.put("ApplicationService#checklist(long)", new Unscoped("the caller's own"));
        rows.put("ApplicationService#submit(long)", new Unscoped("the caller's own"));
        rows.put("ApplicationService#withdraw(long)", new Unscoped("the caller's own"));
        rows.put("ApplicationService#reopen(long)", new Unscoped("the caller's own"));
        rows.put("ApplicationDirectory#eligible(long)", new LikeMissing(ids -> directory.eligible(ids.announced())));
        rows.put("ApplicationDirectory#applicantIds(long)", new LikeMissing(ids -> directory.applicantIds(ids.announced())));
        rows.put("ApplicationDirectory#submittedAt(long)", new LikeMissing(ids -> directory.submittedAt(ids.announced())));
        rows.put("ApplicationDirectory#find(long)", new LikeMissing(ids -> directory.find(ids.application())));
        rows.put("ApplicationDirectory#findAll(Collection)", new LikeMissing(ids -> directory.findAll(List.of(ids.application()))));
        rows.put("ScreeningService#search(long,ScreeningFilter,int,int)", new LikeMissing(ids ->
                screening.search(ids.announced(), ScreeningFilter.none(), 0, 10)));
        rows.put("ScreeningService#content(long)", new LikeMissing(ids -> screening.content(ids.application())));
        rows.put("ScreeningService#decide(long,boolean,String)", new LikeMissing(ids -> {
            screening.decide(ids.application(), true, "");
            return "done";
        }));
        rows.put("ScreeningService#decideAll(Collection,boolean,String)", new LikeMissing(ids ->
                screening.decideAll(List.of(ids.application()), true, "")));
        rows.put("ScreeningService#requestRevision(long,String,Instant)", new LikeMissing(ids -> {
            screening.requestRevision(ids.application(), "fix", java.time.Instant.parse("2099-01-01T00:00:00Z"));
            return "done";
        }));
        rows.put("ScreeningService#versions(long)", new LikeMissing(ids -> screening.versions(ids.application())));
        rows.put("ScreeningService#diff(long,int,int)", new LikeMissing(ids -> screening.diff(ids.application(), 1, 2)));
        rows.put("ScreeningService#revisions(long)", new LikeMissing(ids -> screening.revisions(ids.application())));
        rows.put("BlindReadingService#read(long)", new LikeMissing(ids -> blindReading.read(ids.application())));
        rows.put("BlindReadingService#titles(Collection)", new LikeMissing(ids -> blindReading.titles(List.of(ids.application()))));
        rows.put("BlindReadingService#open(long)", new LikeMissing(ids -> blindReading.open(ids.attachment())));
        rows.put("AttachmentService#list(long)", new LikeMissing(ids -> attachments.list(ids.application())));
        rows.put("AttachmentService#kindsPresent(long)", new LikeMissing(ids -> attachments.kindsPresent(ids.application())));
        rows.put("AttachmentService#limits(long)", new LikeMissing(ids -> attachments.limits(ids.application())));
        rows.put("AttachmentService#upload(long,AttachmentKind,String,InputStream)", new LikeMissing(ids ->
                attachments.upload(ids.application(), AttachmentKind.PROJECT_DESCRIPTION, "x.pdf",
                        new ByteArrayInputStream(new byte[0]))));
        rows.put("AttachmentService#delete(long)", new LikeMissing(ids -> {
            attachments.delete(ids.attachment());
            return "done";
        }));
        rows.put("AttachmentService#openForDownload(long)", new LikeMissing(ids -> attachments.openForDownload(ids.attachment())));

        // ---- conversations (domain.md §13)
        rows.put("ConversationService#subject(long)", new LikeMissing(ids -> conversations.subject(ids.application())));
        rows.put("ConversationService#messages(long)", new LikeMissing(ids -> conversations.messages(ids.application())));
        rows.put("ConversationService#write(long,String,String,InputStream)", new LikeMissing(ids ->
                conversations.write(ids.application(), "x", null, null)));
        rows.put("ConversationService#file(long)", new LikeMissing(ids -> conversations.file(ids.application())));
        rows.put("ConversationService#unanswered(long)", new LikeMissing(ids -> conversations.unanswered(ids.announced())));
        rows.put("ConversationService#mine()", new Unscoped("the caller's own messages"));
        // ---- review
        rows.put("JuryPanelService#panels(long)", new LikeMissing(ids -> panels.panels(ids.review())));
        rows.put("JuryPanelService#candidates(long,long)", new LikeMissing(ids -> panels.candidates(ids.review(), ids.direction())));
        rows.put("JuryPanelService#addMember(long,long,long,int)", new LikeMissing(ids -> {
            panels.addMember(ids.review(), ids.direction(), ids.juror(), 5);
            return "done";
        }));
        rows.put("JuryPanelService#changeCap(long,long,long,int)", new LikeMissing(ids -> {
            panels.changeCap(ids.review(), ids.direction(), ids.juror(), 5);
            return "done";
        }));
        rows.put("JuryPanelService#removeMember(long,long,long)", new LikeMissing(ids ->
                panels.removeMember(ids.review(), ids.direction(), ids.juror())));
        rows.put("ProgressService#board(long)", new LikeMissing(ids -> progress.board(ids.review())));
        rows.put("ProgressService#sendReminders(long)", new LikeMissing(ids -> progress.sendReminders(ids.review())));
        rows.put("SubmittedScores#submitted(long)", new LikeMissing(ids -> submittedScores.submitted(ids.announced())));
        rows.put("SubmittedScores#submittedAsStored(long)",
                new LikeMissing(ids -> submittedScores.submittedAsStored(ids.announced())));
        rows.put("SubmittedScores#commentsToApplicants(long)", new LikeMissing(ids ->
                submittedScores.commentsToApplicants(ids.announced())));
        rows.put("AssignmentService#preview(long)", new LikeMissing(ids -> assignments.preview(ids.review())));
        rows.put("AssignmentService#run(long)", new LikeMissing(ids -> assignments.run(ids.review())));
        rows.put("AssignmentService#add(long,long)", new LikeMissing(ids -> assignments.add(ids.application(), ids.juror())));
        rows.put("AssignmentService#remove(long)", new LikeMissing(ids -> {
            assignments.remove(ids.assignment());
            return "done";
        }));
        rows.put("AssignmentService#declareConflict(long,String)", new LikeMissing(ids -> {
            assignments.declareConflict(ids.assignment(), "reason");
            return "done";
        }));
        rows.put("AssignmentService#recordConflict(long,long,String)", new LikeMissing(ids -> {
            assignments.recordConflict(ids.application(), ids.juror(), "reason");
            return "done";
        }));
        rows.put("AssignmentService#assignmentsOf(long,long)", new LikeMissing(ids -> assignments.assignmentsOf(ids.review(), ids.juror())));
        rows.put("AssignmentService#assignable(long,long,long)", new LikeMissing(ids ->
                assignments.assignable(ids.review(), ids.direction(), ids.juror())));
        rows.put("ScoreSheetService#mine()", new Unscoped("the caller's own assignments"));
        rows.put("ScoreSheetService#nextUnfinished(long)", new LikeMissing(ids -> sheets.nextUnfinished(ids.assignment())));
        rows.put("ScoreSheetService#sheet(long)", new LikeMissing(ids -> sheets.sheet(ids.assignment())));
        rows.put("ScoreSheetService#saveDraft(long,ScoreDraft)", new LikeMissing(ids ->
                sheets.saveDraft(ids.assignment(), new ScoreDraft(0, List.of(), "", ""))));
        rows.put("ScoreSheetService#submit(long,ScoreDraft)", new LikeMissing(ids ->
                sheets.submit(ids.assignment(), new ScoreDraft(0, List.of(), "", ""))));
        rows.put("ScoreSheetService#reopen(long,String)", new LikeMissing(ids -> {
            sheets.reopen(ids.assignment(), "reason");
            return "done";
        }));
        rows.put("ScoreSheetService#scores(long)", new LikeMissing(ids -> sheets.scores(ids.application())));

        // ---- results, exports and certificates
        rows.put("PublicResultsService#published(long)", new Unscoped("announced results are public"));
        rows.put("PublicResultsService#announcedCompetitions()", new Unscoped("announced results are public"));
        rows.put("PublicResultsService#forMyApplication(long)", new Unscoped("the caller's own application"));
        rows.put("ResultsService#input(long)", new LikeMissing(ids -> results.input(ids.announced())));
        rows.put("ResultsService#results(long)", new LikeMissing(ids -> results.results(ids.announced())));
        rows.put("ResultsService#recomputed(long)", new LikeMissing(ids -> results.recomputed(ids.announced())));
        rows.put("ResultsService#override(long,long,Integer,boolean,String)", new LikeMissing(ids -> {
            results.override(ids.announced(), ids.application(), 1, true, "reason");
            return "done";
        }));
        rows.put("ResultsService#finalise(long)", new LikeMissing(ids -> results.finalise(ids.announced())));
        rows.put("ResultsService#awarded(long)", new LikeMissing(ids -> results.awarded(ids.announced())));
        rows.put("ResultsService#snapshots(long)", new LikeMissing(ids -> results.snapshots(ids.announced())));
        rows.put("AppealService#provisional(long)", new Unscoped("the caller's own provisional result (AppealServiceTest)"));
        rows.put("AppealService#file(long,String,String,InputStream)", new Unscoped("the caller's own application"));
        rows.put("AppealService#mine()", new Unscoped("the caller's own appeals"));
        rows.put("AppealService#appeals(long)", new LikeMissing(ids -> appeals.appeals(ids.announced())));
        rows.put("AppealService#appealFile(long)", new LikeMissing(ids -> appeals.appealFile(ids.application())));
        rows.put("AppealService#decide(long,boolean,String,Integer,boolean)", new LikeMissing(ids -> {
            appeals.decide(ids.application(), false, "reason", null, false);
            return "done";
        }));
        rows.put("ApplicationStatistics#figures(long)", new LikeMissing(ids -> applicationStatistics.figures(ids.announced())));
        rows.put("ApplicationStatistics#receivedPerDay(long)", new LikeMissing(ids ->
                applicationStatistics.receivedPerDay(ids.announced())));
        rows.put("ReviewStatistics#figures(long)", new LikeMissing(ids -> reviewStatistics.figures(ids.announced())));
        rows.put("DashboardService#dashboard(long)", new LikeMissing(ids -> dashboards.dashboard(ids.announced())));
        rows.put("ResultsService#finalised(long)", new LikeMissing(ids -> results.finalised(ids.announced())));
        rows.put("ResultsExportService#csv(long,Export,OutputStream)", new LikeMissing(ids -> {
            exports.csv(ids.announced(), Export.RESULTS, new ByteArrayOutputStream());
            return "written";
        }));
        rows.put("ResultsExportService#xlsx(long,Locale,OutputStream)", new LikeMissing(ids -> {
            exports.xlsx(ids.announced(), Locale.ENGLISH, new ByteArrayOutputStream());
            return "written";
        }));
        rows.put("ResultsExportService#fileName(long,Export,String)", new LikeMissing(ids ->
                exports.fileName(ids.announced(), Export.RESULTS, "csv")));
        rows.put("ResultsExportService#table(long,Export,Locale)", new LikeMissing(ids ->
                exports.table(ids.announced(), Export.RESULTS, Locale.ENGLISH)));
        rows.put("CertificateService#startIssuing(long)", new LikeMissing(ids -> certificates.startIssuing(ids.announced())));
        rows.put("CertificateService#progress(long)", new LikeMissing(ids -> certificates.progress(ids.announced())));
        rows.put("CertificateService#issueNow(long)", new LikeMissing(ids -> certificates.issueNow(ids.announced())));
        rows.put("CertificateService#reissue(long)", new LikeMissing(ids -> certificates.reissue(ids.certificate())));
        rows.put("CertificateService#list(long)", new LikeMissing(ids -> certificates.list(ids.announced())));
        rows.put("CertificateService#mine()", new Unscoped("the caller's own"));
        rows.put("CertificateService#pdf(long)", new LikeMissing(ids -> certificates.pdf(ids.certificate())));
        rows.put("CertificateService#writeZip(long,OutputStream)", new LikeMissing(ids -> {
            try {
                certificates.writeZip(ids.announced(), new ByteArrayOutputStream());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return "written";
        }));
        rows.put("CertificateService#sampleVerificationUrl(long)", new LikeMissing(ids ->
                certificates.sampleVerificationUrl(ids.announced())));
        rows.put("CertificateService#revoke(long,String)", new LikeMissing(ids -> certificates.revoke(ids.certificate(), "reason")));
        rows.put("CertificateService#verify(String)", new Unscoped("public verification by code"));
        rows.put("CertificateService#validCounts(long)", new LikeMissing(ids -> certificates.validCounts(ids.announced())));

        // ---- grant reports (B's grant: the first grant of the finished round, which the demo makes ACTIVE or later)
        rows.put("GrantReportService#open(long,ReportKind)", new Unscoped("the signed-in recipient's own grant "
                + "(GrantReportServiceTest: another recipient's grant looks like none)"));
        rows.put("GrantReportService#saveDraft(long,ReportKind,ReportContent)", new Unscoped("the recipient's own grant"));
        rows.put("GrantReportService#submit(long,ReportKind)", new Unscoped("the recipient's own grant"));
        rows.put("GrantReportService#addReceipt(long,ReportKind,int,String,InputStream)",
                new Unscoped("the recipient's own grant"));
        rows.put("GrantReportService#addPhoto(long,ReportKind,String,InputStream)",
                new Unscoped("the recipient's own grant"));
        rows.put("GrantReportService#removeFile(long,ReportKind,long)", new Unscoped("the recipient's own grant"));
        rows.put("GrantReportService#file(long,long)", new LikeMissing(ids -> grantReports.file(reportedGrantOf(ids),
                grantFileOf(ids))));
        rows.put("GrantReportService#reports(long)", new LikeMissing(ids -> grantReports.reports(reportedGrantOf(ids))));
        rows.put("GrantReportService#accept(long,ReportKind)", new LikeMissing(ids ->
                grantReports.accept(reportedGrantOf(ids), kz.urpaq.grant.ReportKind.INTERIM)));
        rows.put("GrantReportService#returnWithComment(long,ReportKind,String)", new LikeMissing(ids ->
                grantReports.returnWithComment(reportedGrantOf(ids), kz.urpaq.grant.ReportKind.INTERIM, "comment")));
        rows.put("PublicSummaryService#summary(long)", new Unscoped("public once the final report is accepted"));
        rows.put("PublicSummaryService#summaryPages(long)", new Unscoped("public once the final report is accepted"));
        rows.put("ApplicationContents#content(long)", new LikeMissing(ids ->
                applicationContents.content(ids.application())));

        // ---- audit trail
        rows.put("AuditService#search(AuditFilter,Pageable)", new ListsNothingOfB(ids ->
                audit.search(AuditFilter.none(), PageRequest.of(0, 1000)), (found, ids) ->
                assertThat((List<?>) found).noneMatch(entry -> {
                    var e = (kz.urpaq.audit.AuditEntry) entry;
                    return e.competitionId() != null && SystemTask.run(() -> competitions.findById(e.competitionId()))
                            .map(c -> c.organiserId() == ids.organiser()).orElse(false);
                })));
        rows.put("AuditService#exportCsv(AuditFilter,Writer)", new ListsNothingOfB(ids -> {
            var out = new StringWriter();
            audit.exportCsv(AuditFilter.none(), out);
            return out.toString();
        }, (found, ids) -> assertThat((String) found).doesNotContain(",SCORE_SUBMITTED,").doesNotContain(",RESULTS_FINALISED,")));
        return rows;
    }

    /** B's first grant with a report in the finished round, or an id that names nothing. */
    private long reportedGrantOf(Ids ids) {
        var found = jdbc.queryForList("select g.id from project_grant g join grant_report r on r.grant_id = g.id "
                + "where g.competition_id = ? order by g.id", Long.class, ids.announced());
        return found.isEmpty() ? NONE + 20 : found.getFirst();
    }

    /** A file of B's grant's reports, or an id that names nothing. */
    private long grantFileOf(Ids ids) {
        var found = jdbc.queryForList("select f.id from grant_report_file f join grant_report r on r.id = f.report_id "
                + "where r.grant_id = ? order by f.id", Long.class, reportedGrantOf(ids));
        return found.isEmpty() ? NONE + 21 : found.getFirst();
    }

    // ---------------------------------------------------------------------------------------------

    @Test
    void every_public_service_method_has_a_row() {
        var found = new TreeSet<String>();
        for (var bean : context.getBeansWithAnnotation(Service.class).values()) {
            var type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("kz.urpaq") || type.getSimpleName().equals("AccountDetailsService")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic()) {
                    found.add(key(method));
                }
            }
        }
        assertThat(rows().keySet()).as("rows for methods that exist").containsExactlyInAnyOrderElementsOf(found);
    }

    @TestFactory
    Stream<DynamicTest> staff_of_organiser_A_learn_nothing_of_organiser_Bs_records() {
        return rows().entrySet().stream().filter(e -> !(e.getValue() instanceof Unscoped)).map(entry ->
                DynamicTest.dynamicTest(entry.getKey(), () -> check(entry.getKey(), entry.getValue())));
    }

    @Test
    void every_unscoped_row_says_why() {
        assertThat(rows().values()).filteredOn(Unscoped.class::isInstance)
                .allSatisfy(row -> assertThat(((Unscoped) row).reason()).isNotBlank());
    }

    private void check(String name, Row row) {
        switch (row) {
            case LikeMissing(var call) -> {
                for (var actor : List.of(adminA, jurorA, platform)) {
                    var onB = outcome(actor, () -> call.apply(b));
                    var onNothing = outcome(actor, () -> call.apply(missing));
                    assertThat(onB).as("%s as %s: B's records answered as ids that name nothing", name, actor)
                            .isEqualTo(onNothing);
                    assertThat(onB).as("%s as %s: refused or empty", name, actor).satisfies(o ->
                            assertThat(o.startsWith("refused:") || o.startsWith("empty")).isTrue());
                }
            }
            case ListsNothingOfB(var call, var noneOfB) -> {
                for (var actor : List.of(adminA, jurorA, platform)) {
                    as(actor, () -> {
                        try {
                            noneOfB.accept(call.apply(b), b);
                        } catch (AccessDeniedException refused) {
                            // refused outright: nothing of B either
                        }
                    });
                }
            }
            case PlatformOnly(var call) -> {
                for (var actor : List.of(adminA, jurorA)) {
                    assertThat(outcome(actor, () -> call.apply(b))).as("%s as %s", name, actor)
                            .isEqualTo(DENIED);
                }
                assertThat(outcome(platform, () -> call.apply(b))).as("%s as the platform administrator", name)
                        .isNotEqualTo(DENIED).doesNotStartWith("failed:");
            }
            case Unscoped unscoped -> {
            }
        }
    }

    /** What a call answered, as one comparable word: the refusal and its message, or the shape of the answer. */
    private String outcome(String actor, java.util.function.Supplier<Object> call) {
        var holder = new String[1];
        as(actor, () -> {
            try {
                holder[0] = shape(call.get());
            } catch (RefusedException refused) {
                holder[0] = "refused:" + refused.getClass().getSimpleName() + ":" + refused.messageKey();
            } catch (AccessDeniedException denied) {
                holder[0] = DENIED;
            } catch (RuntimeException other) {
                holder[0] = "failed:" + other;
            }
        });
        return holder[0];
    }

    private static String shape(Object answer) {
        return switch (answer) {
            case null -> "empty";
            case Optional<?> optional -> optional.isEmpty() ? "empty" : "present";
            case Collection<?> collection -> collection.isEmpty() ? "empty" : "items:" + collection.size();
            case Map<?, ?> map -> map.isEmpty() ? "empty" : "items:" + map.size();
            case Boolean bool -> bool ? "true" : "empty";
            default -> "value";
        };
    }

    private void as(String email, Runnable task) {
        var principal = testAccounts.principal(email);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            task.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static String key(Method method) {
        return method.getDeclaringClass().getSimpleName() + "#" + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(","))
                + ")";
    }

    @SuppressWarnings("unchecked")
    private static List<CompetitionOverview> overviews(Object found) {
        return (List<CompetitionOverview>) found;
    }

    @SuppressWarnings("unchecked")
    private static List<kz.urpaq.security.AccountSummary> summaries(Object found) {
        return (List<kz.urpaq.security.AccountSummary>) found;
    }
}
