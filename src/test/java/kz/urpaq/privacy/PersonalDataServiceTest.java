package kz.urpaq.privacy;

import kz.urpaq.applicant.District;
import kz.urpaq.audit.AuditAction;
import kz.urpaq.audit.AuditFilter;
import kz.urpaq.audit.AuditService;
import kz.urpaq.base.domain.LocalizedText;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.competition.CompetitionSpec;
import kz.urpaq.competition.DefaultCriteria;
import kz.urpaq.competition.GrantPolicy;
import kz.urpaq.competition.Phase;
import kz.urpaq.notification.MailKind;
import kz.urpaq.notification.MailLog;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.PrivacyRefusedException;
import kz.urpaq.review.BlindApplicant;
import kz.urpaq.security.StepUpRequiredException;
import kz.urpaq.security.SystemTask;
import kz.urpaq.submission.ApplicationService;
import kz.urpaq.submission.GuardianConsentService;
import kz.urpaq.submission.TestApplications;
import kz.urpaq.submission.attachment.AttachmentKind;
import kz.urpaq.submission.conversation.ConversationService;
import kz.urpaq.submission.attachment.AttachmentStore;
import kz.urpaq.submission.attachment.FileType;
import kz.urpaq.testing.MutableClock;
import kz.urpaq.testing.MutableClockConfiguration;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "Download my data" and "delete my account" (SPEC §15), checked against the database. */
@SpringBootTest
class PersonalDataServiceTest {

    private static final Instant DEADLINE = MutableClockConfiguration.START.plus(Duration.ofDays(10));
    private static final Pattern LINK = Pattern.compile("/profile/data/([A-Za-z0-9_-]{43})");

    @Autowired PersonalDataService personalData;
    @Autowired PersonalDataExports exports;
    @Autowired ApplicationService applications;
    @Autowired ConversationService conversations;
    @Autowired GuardianConsentService guardians;
    @Autowired CompetitionService competitionService;
    @Autowired AccountService accountService;
    @Autowired AuditService audit;
    @Autowired AttachmentStore store;
    @Autowired TestAccounts accounts;
    @Autowired MailLog mailLog;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext context;
    @Autowired UserDetailsService userDetails;

    private CompetitionOverview competition;

    @BeforeEach
    void setUp() {
        clock.set(MutableClockConfiguration.START);
        competition = SystemTask.run(() -> competitionService.create(new CompetitionSpec(
                "PD-" + UUID.randomUUID().toString().substring(0, 6), 2026,
                new LocalizedText("Деректер сынағы", "Тест данных", "Data test"), new LocalizedText("Облыс", "Область", "Region"),
                Phase.OPEN, MutableClockConfiguration.START.minus(Duration.ofDays(5)), DEADLINE,
                DEADLINE.plus(Duration.ofDays(20)), 14, 35, 3, 15, GrantPolicy.PLACE_WINNERS, BigDecimal.valueOf(50),
                1_000_000L, Map.of(), List.of(new CompetitionSpec.DirectionSpec("science",
                        new LocalizedText("Ғылым", "Наука", "Science"))), DefaultCriteria.all())));
    }

    @AfterEach
    void tearDown() {
        accounts.signOut();
        clock.set(MutableClockConfiguration.START);
    }

    private long id(String email) {
        return SystemTask.run(() -> accountService.findByEmail(email)).orElseThrow().id();
    }

    /** An applicant with a submitted application, one file in the store, and a guardian asked: returns the application. */
    private long applicantWithAnApplication(String email, String fileText) {
        accounts.signInAs(email);
        var application = TestApplications.completeDraft(context, competition.id());
        TestApplications.attach(context, application, AttachmentKind.PRESENTATION, "менің-сызбам.pdf", FileType.PDF,
                fileText.getBytes(StandardCharsets.UTF_8));
        applications.submit(application);
        return application;
    }

    private Map<String, byte[]> unzip(byte[] zip) throws IOException {
        var entries = new LinkedHashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private String linkToken(String email) {
        var mail = mailLog.to(email).stream().filter(m -> m.kind() == MailKind.PERSONAL_DATA_EXPORT).toList().getLast();
        var matcher = LINK.matcher(mail.body());
        assertThat(matcher.find()).as(mail.body()).isTrue();
        return matcher.group(1);
    }

    private void buildAll() {
        while (exports.buildOne()) {
            // until no request waits
        }
    }

    @Test
    void the_export_holds_every_row_of_every_table_about_the_account_and_its_files_and_nothing_of_another_account()
            throws IOException {
        var mine = accounts.newApplicant();
        var other = accounts.newApplicant();
        var otherApplication = applicantWithAnApplication(other, "чужой файл " + UUID.randomUUID());
        var myText = "менің файлым " + UUID.randomUUID();
        var myApplication = applicantWithAnApplication(mine, myText);
        conversations.write(myApplication, "Сызбаны жаңарттым", "жаңа-сызба.pdf",
                new ByteArrayInputStream(BlindApplicant.pdfNaming("Хабар Тестұлы")));

        var requested = personalData.requestExport();
        assertThat(requested.state()).isEqualTo(ExportState.PENDING);
        assertThat(personalData.requestExport().id()).as("a second click while it is built").isEqualTo(requested.id());
        buildAll();
        assertThat(personalData.latestExport().orElseThrow().state()).isEqualTo(ExportState.READY);
        var token = linkToken(mine);
        assertThat(personalData.exportValid(token)).isTrue();
        var files = unzip(personalData.download(token).orElseThrow());

        var json = new String(files.get("data.json"), StandardCharsets.UTF_8);
        var data = JsonMapper.builder().build().readTree(json);
        var me = id(mine);
        var sections = data.get("sections");
        assertThat(data.get("account_id").asLong()).isEqualTo(me);
        assertRows(sections.get("account").get("user_account"), "select count(*) from user_account where id = ?", me);
        assertThat(sections.get("account").get("user_account").get(0).get("email").asString()).isEqualTo(mine);
        assertThat(json).doesNotContain("password_hash");
        assertRows(sections.get("profile").get("applicant_profile"), "select count(*) from applicant_profile where account_id = ?", me);
        assertRows(sections.get("applications").get("application"), "select count(*) from application where applicant_id = ?", me);
        assertRows(sections.get("applications").get("attachment"), """
                select count(*) from attachment where application_id in (select id from application where applicant_id = ?)""", me);
        assertRows(sections.get("applications").get("application_team_member"), """
                select count(*) from application_team_member where application_id in (select id from application where applicant_id = ?)""", me);
        assertRows(sections.get("applications").get("application_budget_line"), """
                select count(*) from application_budget_line where application_id in (select id from application where applicant_id = ?)""", me);
        assertRows(sections.get("audit").get("audit_record"), """
                select count(*) from audit_record where (actor_id = ? or (subject_type = 'account' and subject_id = ?))
                and action <> 'PERSONAL_DATA_EXPORTED'""", me, me);
        assertRows(sections.get("mail").get("outbox_mail"), 
                "select count(*) from outbox_mail where recipient = ? and kind <> 'PERSONAL_DATA_EXPORT'", mine);
        assertRows(sections.get("conversations").get("application_message"), """
                select count(*) from application_message where application_id in (select id from application where applicant_id = ?)""", me);
        assertThat(sections.get("conversations").get("application_message").get(0).get("text").asString())
                .isEqualTo("Сызбаны жаңарттым");
        assertThat(files.keySet()).anySatisfy(name -> assertThat(name).startsWith("files/messages/").endsWith("жаңа-сызба.pdf"));
        assertRows(sections.get("account").get("privacy_acceptance"), "select count(*) from privacy_acceptance where account_id = ?", me);
        assertThat(sections.get("applications").get("application").get(0).get("id").asLong()).isEqualTo(myApplication);
        assertThat(files.entrySet()).anySatisfy(entry -> {
            assertThat(entry.getKey()).startsWith("files/applications/" + myApplication + "/").endsWith("менің-сызбам.pdf");
            assertThat(new String(entry.getValue(), StandardCharsets.UTF_8)).isEqualTo(myText);
        });

        assertThat(json).doesNotContain(other).doesNotContain("\"id\" : " + otherApplication + ",");
        assertThat(files.keySet()).noneMatch(name -> name.contains("/" + otherApplication + "/"));
        assertThat(files.values()).noneMatch(bytes -> new String(bytes, StandardCharsets.UTF_8).startsWith("чужой файл"));
        assertThat(SystemTask.run(() -> audit.search(new AuditFilter(AuditAction.PERSONAL_DATA_EXPORTED, "account", me,
                null, null, null), PageRequest.of(0, 10)))).hasSize(1);
    }

    private void assertRows(JsonNode rows, String countSql, Object... params) {
        var statement = jdbc.sql(countSql);
        for (var param : params) {
            statement = statement.param(param);
        }
        var count = statement.query(Long.class).single();
        assertThat(count).as(countSql).isPositive();
        assertThat((long) rows.size()).as(countSql).isEqualTo(count);
    }

    @Test
    void the_link_works_for_its_owner_only_and_for_24_hours() {
        var mine = accounts.newApplicant();
        accounts.signInAs(mine);
        personalData.requestExport();
        buildAll();
        var token = linkToken(mine);

        accounts.signInAs(accounts.newApplicant());
        assertThat(personalData.exportValid(token)).isFalse();
        assertThat(personalData.download(token)).isEmpty();

        accounts.signInAs(mine);
        clock.advance(PersonalDataService.LINK_VALIDITY.minusMinutes(1));
        assertThat(personalData.download(token)).isPresent();
        clock.advance(Duration.ofMinutes(1));
        assertThat(personalData.exportValid(token)).isFalse();
        assertThat(personalData.download(token)).isEmpty();
        exports.poll();
        assertThat(personalData.latestExport().orElseThrow().state()).isEqualTo(ExportState.EXPIRED);
        assertThat(jdbc.sql("select count(*) from personal_data_export where account_id = ? and zip is not null")
                .param(id(mine)).query(Long.class).single()).isZero();
    }

    @Test
    void deletion_is_refused_while_a_competition_with_a_submitted_application_is_not_archived_and_says_which() {
        var mine = accounts.newApplicant();
        applicantWithAnApplication(mine, "файл");

        var check = personalData.deletionCheck();
        assertThat(check.allowed()).isFalse();
        assertThat(check.blocking()).singleElement().satisfies(blocking -> {
            assertThat(blocking.competitionId()).isEqualTo(competition.id());
            assertThat(blocking.phase()).isEqualTo(Phase.OPEN);
            assertThat(blocking.notBefore()).isEqualTo(competition.reviewDeadline());
        });
        assertThatThrownBy(() -> personalData.deleteMyAccount())
                .isInstanceOf(PrivacyRefusedException.class).hasMessage("privacy.delete.refused");
        assertThat(jdbc.sql("select email from user_account where id = ?").param(id(mine)).query(String.class).single())
                .isEqualTo(mine);
    }

    @Test
    void a_draft_never_submitted_holds_nothing_back() {
        accounts.signInAs(accounts.newApplicant());
        applications.start(competition.id());

        assertThat(personalData.deletionCheck().allowed()).isTrue();
    }

    @Test
    void deletion_after_the_competition_is_archived_anonymises_the_account_removes_profile_and_files_and_keeps_the_row()
            throws IOException {
        var mine = accounts.newApplicant();
        var application = applicantWithAnApplication(mine, "жойылатын файл");
        var me = id(mine);
        var storageNames = jdbc.sql("select storage_name from attachment where application_id = ?").param(application)
                .query(String.class).list();
        jdbc.sql("update competition set phase = 'ARCHIVED' where id = ?").param(competition.id()).update();

        personalData.deleteMyAccount();

        var row = jdbc.sql("select email, display_name, enabled from user_account where id = ?").param(me)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getBoolean(3))).single();
        assertThat(row).containsExactly("deleted-" + me + "@deleted.invalid", "жойылған қатысушы #" + me, false);
        assertThat(jdbc.sql("select count(*) from applicant_profile where account_id = ?").param(me).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from attachment where application_id = ?").param(application).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from application_team_member where application_id = ?").param(application).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select summary from application where id = ?").param(application).query(String.class).single()).isEmpty();
        assertThat(jdbc.sql("select status from application where id = ?").param(application).query(String.class).single()).isEqualTo("SUBMITTED");
        for (var storageName : storageNames) {
            assertThatThrownBy(() -> store.open(storageName).close()).isInstanceOf(IOException.class);
        }
        assertThat(jdbc.sql("select count(*) from outbox_mail where recipient = ?").param(mine).query(Long.class).single()).isZero();
        assertThat(SystemTask.run(() -> audit.search(new AuditFilter(AuditAction.ACCOUNT_DELETED, "account", me,
                null, null, null), PageRequest.of(0, 10)))).singleElement()
                .satisfies(entry -> assertThat(entry.details()).isEqualTo("жойылған қатысушы #" + me));
        assertThatThrownBy(() -> userDetails.loadUserByUsername(mine)).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void deletion_asks_for_the_password_again_after_ten_minutes() {
        var mine = accounts.newApplicant();
        accounts.signInAs(mine);
        clock.advance(Duration.ofMinutes(11));

        assertThatThrownBy(() -> personalData.deleteMyAccount()).isInstanceOf(StepUpRequiredException.class);
        assertThat(jdbc.sql("select email from user_account where id = ?").param(id(mine)).query(String.class).single())
                .isEqualTo(mine);
    }
}
