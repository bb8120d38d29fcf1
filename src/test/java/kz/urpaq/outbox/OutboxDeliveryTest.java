package kz.urpaq.outbox;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.competition.CompetitionSetupService;
import kz.urpaq.competition.Phase;
import kz.urpaq.notification.Mail;
import kz.urpaq.notification.MailKind;
import kz.urpaq.notification.MailLog;
import kz.urpaq.notification.Mailer;
import kz.urpaq.results.ResultsService;
import kz.urpaq.results.ResultsTestData;
import kz.urpaq.review.ReviewFixture;
import kz.urpaq.security.AccountService;
import kz.urpaq.submission.ApplicationService;
import kz.urpaq.submission.ApplicationStatus;
import kz.urpaq.submission.EligibleApplications;
import kz.urpaq.submission.TestApplications;
import kz.urpaq.testing.MutableClock;
import kz.urpaq.testing.SmtpServer;
import kz.urpaq.testing.SwitchableMailTransport;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox against a real SMTP server in the JVM (GreenMail): what a person does never waits for
 * the mail server, and every mail arrives once, also after the server was down.
 */
@SpringBootTest
class OutboxDeliveryTest {

    @Autowired
    OutboxDelivery delivery;

    @Autowired
    SwitchableMailTransport transport;

    @Autowired
    MailLog mailLog;

    @Autowired
    Mailer mailer;

    @Autowired
    MutableClock clock;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReviewFixture fixture;

    @Autowired
    ResultsTestData data;

    @Autowired
    EligibleApplications applications;

    @Autowired
    CompetitionSetupService setupService;

    @Autowired
    ResultsService results;

    @Autowired
    AccountService accountService;

    @Autowired
    TestAccounts accounts;

    @Autowired
    OutboxService outboxService;

    @Autowired
    ApplicationService applicationService;

    @Autowired
    ApplicationContext context;

    @Autowired
    javax.sql.DataSource dataSource;

    private final SmtpServer smtp = new SmtpServer();

    @BeforeEach
    void smtpDown() {
        // whatever earlier tests left waiting is not ours: it leaves to the log first
        jdbc.update("update outbox_mail set next_attempt_at = ? where state = 'PENDING'",
                java.sql.Timestamp.from(clock.instant()));
        delivery.deliverDue();
        transport.use(smtp.transport(mailLog));
    }

    @AfterEach
    void tearDown() {
        transport.reset();
        smtp.close();
        accounts.signOut();
    }

    private Map<String, Long> statesOf(List<String> recipients) {
        return jdbc.queryForList("select recipient, state from outbox_mail where recipient in ("
                        + String.join(",", recipients.stream().map(r -> "?").toList()) + ")", recipients.toArray())
                .stream().collect(Collectors.groupingBy(row -> (String) row.get("state"), Collectors.counting()));
    }

    private Map<String, Long> receivedPerRecipient() throws Exception {
        var counts = new java.util.TreeMap<String, Long>();
        for (var message : smtp.mail().getReceivedMessages()) {
            for (var to : message.getAllRecipients()) {
                counts.merge(to.toString(), 1L, Long::sum);
            }
        }
        return counts;
    }

    @Test
    void announcing_to_60_applicants_with_the_mail_server_down_succeeds_at_once_and_each_mail_arrives_once_later()
            throws Exception {
        var setup = fixture.build(new int[]{0, 0}, new int[]{0, 0}, 10);
        var emails = new ArrayList<String>();
        for (int direction = 0; direction < 2; direction++) {
            var jurors = List.of(data.juror(setup, direction), data.juror(setup, direction), data.juror(setup, direction));
            for (int i = 0; i < 30; i++) {
                var email = accounts.newApplicant();
                emails.add(email);
                long applicant = fixture.accountId(email);
                long application = applications.save(setup.id(), setup.panel(direction).directionId(), applicant,
                        kz.urpaq.submission.ApplicationStatus.ELIGIBLE);
                int score = 3 + i % 7;
                for (var juror : jurors) {
                    data.submit(juror, application, score, score, score, score, score);
                }
            }
        }
        accounts.signInAs(ResultsTestData.ADMIN);
        setupService.moveTo(setup.id(), Phase.DELIBERATION);
        results.finalise(setup.id());

        var started = System.nanoTime();
        setupService.moveTo(setup.id(), Phase.ANNOUNCED);
        var took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).as("the administrator does not wait for the mail server").isLessThan(Duration.ofSeconds(5));
        assertThat(statesOf(emails)).containsExactly(Map.entry("PENDING", 60L));
        assertThat(delivery.deliverDue()).as("the server is down").isZero();
        assertThat(jdbc.queryForObject("select max(attempts) from outbox_mail where competition_id = ?", Integer.class,
                setup.id())).as("one failed connection postpones the round, not 60 timeouts").isEqualTo(1);
        assertThat(statesOf(emails)).containsExactly(Map.entry("PENDING", 60L));

        smtp.start();
        delivery.deliverDue();
        clock.advance(Duration.ofMinutes(2));
        delivery.deliverDue();
        clock.advance(Duration.ofMinutes(2));
        delivery.deliverDue();

        var ours = emails.stream().map(e -> e.toLowerCase()).toList();
        assertThat(receivedPerRecipient()).containsOnlyKeys(ours)
                .allSatisfy((to, count) -> assertThat(count).as("exactly once").isEqualTo(1L));
        assertThat(statesOf(emails)).containsExactly(Map.entry("SENT", 60L));
        var message = smtp.mail().getReceivedMessages()[0];
        assertThat(message.getSubject()).contains(setup.competition().title().kk());
    }

    @Test
    void a_recipient_the_server_refuses_does_not_stop_the_others_and_is_given_up_after_a_day() throws Exception {
        smtp.start();
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var first = "first-" + tag + "@example.kz";
        var refused = "refused " + tag + " at example";
        var last = "last-" + tag + "@example.kz";
        transactions.executeWithoutResult(status -> {
            for (var to : List.of(first, refused, last)) {
                mailer.send(Mail.of(MailKind.REVIEW_REMINDER, to, Language.RU, "Напоминание", "Текст " + tag));
            }
        });

        assertThat(delivery.deliverDue()).isEqualTo(2);

        assertThat(receivedPerRecipient()).containsOnlyKeys(first, last);
        var row = jdbc.queryForMap("select id, state, attempts, last_error from outbox_mail where recipient = ?",
                refused);
        assertThat(row.get("state")).isEqualTo("PENDING");
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat((String) row.get("last_error")).isNotBlank();

        for (int hour = 0; hour < 26; hour++) {
            clock.advance(Duration.ofHours(1));
            delivery.deliverDue();
        }
        assertThat(jdbc.queryForObject("select state from outbox_mail where recipient = ?", String.class, refused))
                .isEqualTo("FAILED");
        var attempts = jdbc.queryForObject("select attempts from outbox_mail where recipient = ?", Integer.class,
                refused);
        assertThat(attempts).as("1, 2, 4 … minutes up to hours: a handful of tries in a day, not one a minute")
                .isBetween(6, 14);

        long id = ((Number) row.get("id")).longValue();
        accounts.signInAs("platform@urpaq.local");
        assertThat(outboxService.find(new OutboxFilter(MailState.FAILED, null, tag, null), 0, 10))
                .singleElement().satisfies(entry -> assertThat(entry.lastError()).isNotBlank());
        assertThat(outboxService.resend(id)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'MAIL_RESENT' and subject_id = ?",
                Integer.class, id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select state from outbox_mail where id = ?", String.class, id))
                .isEqualTo("PENDING");
    }

    @Test
    void a_mail_leaves_as_html_with_a_text_alternative_its_own_message_id_and_auto_submitted() throws Exception {
        smtp.start();
        var to = "format-" + UUID.randomUUID().toString().substring(0, 8) + "@example.kz";
        transactions.executeWithoutResult(status -> mailer.send(Mail.of(MailKind.PASSWORD_RESET, to, Language.KK,
                "Urpaq: құпиясөзді қалпына келтіру",
                "Сәлеметсіз бе, Аружан!\n\nСілтеме:\n\nhttp://localhost/reset-password/SECRET-TOKEN-123\n\nUrpaq")
                .withSecret("SECRET-TOKEN-123")));

        delivery.deliverDue();

        var message = (MimeMessage) List.of(smtp.mail().getReceivedMessages()).stream()
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(to));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).findFirst().orElseThrow();
        assertThat(message.getSubject()).isEqualTo("Urpaq: құпиясөзді қалпына келтіру");
        assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        var stored = jdbc.queryForMap("select message_id, body, secret, state from outbox_mail where recipient = ?", to);
        assertThat(message.getMessageID()).isEqualTo(stored.get("message_id"));
        var raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        var text = raw.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("text/plain", "text/html");
        assertThat(texts(message)).anySatisfy(part -> assertThat(part).contains("reset-password/SECRET-TOKEN-123")
                .contains("Сәлеметсіз бе"))
                .anySatisfy(part -> assertThat(part).contains("<a href=\"http://localhost/reset-password/SECRET-TOKEN-123\">"));
        assertThat(stored.get("state")).isEqualTo("SENT");
        assertThat(stored.get("secret")).as("no usable link stays in the database").isNull();
        assertThat((String) stored.get("body")).doesNotContain("SECRET-TOKEN-123").contains(Mail.HIDDEN);
    }

    @Test
    void a_submission_with_the_mail_server_down_succeeds_with_its_reference_number_and_its_receipt_arrives_later()
            throws Exception {
        long competitionId = TestApplications.openCompetition(context, clock.instant());
        var applicant = accounts.newApplicant();
        accounts.signInAs(applicant);
        long id = TestApplications.completeDraft(context, competitionId);

        var started = System.nanoTime();
        var submitted = applicationService.submit(id);
        var took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).as("the applicant does not wait for the mail server").isLessThan(Duration.ofSeconds(2));
        assertThat(submitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        var reference = submitted.referenceNumber();
        assertThat(reference).startsWith("RCP-");
        assertThat(applicationService.get(id).referenceNumber()).as("the page shows it").isEqualTo(reference);
        assertThat(statesOf(List.of(applicant))).containsExactly(Map.entry("PENDING", 1L));
        assertThat(delivery.deliverDue()).as("the server is down").isZero();
        assertThat(smtp.mail()).isNull();
        assertThat(statesOf(List.of(applicant))).containsExactly(Map.entry("PENDING", 1L));

        smtp.start();
        clock.advance(Duration.ofMinutes(2));
        delivery.deliverDue();
        clock.advance(Duration.ofMinutes(5));
        delivery.deliverDue();

        assertThat(receivedPerRecipient()).containsExactly(Map.entry(applicant.toLowerCase(), 1L));
        var receipt = smtp.mail().getReceivedMessages()[0];
        assertThat(receipt.getSubject()).isEqualTo("Өтініміңіз қабылданды: " + reference);
        assertThat(texts(receipt)).isNotEmpty().allSatisfy(part -> assertThat(part).contains(reference, "Хат сынағы"));
        assertThat(jdbc.queryForObject("select kind from outbox_mail where recipient = ?", String.class, applicant))
                .isEqualTo(MailKind.RECEIPT.name());
        assertThat(statesOf(List.of(applicant))).containsExactly(Map.entry("SENT", 1L));
    }

    private static List<String> texts(jakarta.mail.Part part) throws Exception {
        var found = new ArrayList<String>();
        var content = part.getContent();
        if (content instanceof String text) {
            found.add(text);
        } else if (content instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                found.addAll(texts(multipart.getBodyPart(i)));
            }
        }
        return found;
    }

    @Test
    void a_silent_mail_server_costs_the_round_one_timeout_and_the_mail_leaves_once_it_answers() throws Exception {
        var to = "silent-" + UUID.randomUUID().toString().substring(0, 8) + "@example.kz";
        try (var silent = new ServerSocket(0)) {
            var accepted = new ArrayList<java.net.Socket>();
            var acceptor = Thread.ofVirtual().start(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept());
                    }
                } catch (Exception closed) {
                    // the test is over
                }
            });
            transport.use(SmtpServer.transport(silent.getLocalPort(), mailLog, 500));
            var started = System.nanoTime();
            transactions.executeWithoutResult(status -> {
                for (int i = 0; i < 5; i++) {
                    mailer.send(Mail.of(MailKind.RECEIPT, to, Language.EN, "Receipt " + i, "Body " + i));
                }
            });
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));

            var round = System.nanoTime();
            assertThat(delivery.deliverDue()).isZero();
            assertThat(Duration.ofNanos(System.nanoTime() - round)).as("one read timeout, not five")
                    .isLessThan(Duration.ofSeconds(3));
            assertThat(jdbc.queryForObject("select sum(attempts) from outbox_mail where recipient = ?", Integer.class, to))
                    .isEqualTo(1);
            acceptor.interrupt();
        }
        smtp.start();
        transport.use(smtp.transport(mailLog));
        clock.advance(Duration.ofMinutes(2));
        delivery.deliverDue();
        assertThat(receivedPerRecipient()).containsEntry(to, 5L);
    }

    /**
     * The case that once took the whole app down: a mail server that accepts and never answers.
     * While delivery rounds hang on it in the background, 100 applicants submit one after another:
     * none waits for the server, the connection pool never runs dry, a sign-in's account lookup
     * still answers; the receipts leave, each once, when the server behaves.
     */
    @Test
    void a_silent_mail_server_during_100_submissions_holds_up_no_submission_and_no_connection() throws Exception {
        long competitionId = TestApplications.openCompetition(context, clock.instant());
        var drafts = new java.util.LinkedHashMap<String, Long>();
        for (int i = 0; i < 100; i++) {
            var applicant = accounts.newApplicant();
            accounts.signInAs(applicant);
            drafts.put(applicant, TestApplications.completeDraft(context, competitionId));
        }
        accounts.signOut();
        var pool = ((com.zaxxer.hikari.HikariDataSource) dataSource);
        var mostInUse = new java.util.concurrent.atomic.AtomicInteger();
        var slowest = Duration.ZERO;
        var stop = new java.util.concurrent.atomic.AtomicBoolean();
        try (var silent = new ServerSocket(0)) {
            var accepted = new java.util.concurrent.CopyOnWriteArrayList<java.net.Socket>();
            var acceptor = Thread.ofVirtual().start(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept());
                    }
                } catch (Exception closed) {
                    // the test is over
                }
            });
            transport.use(SmtpServer.transport(silent.getLocalPort(), mailLog, 3_000));
            var sampler = Thread.ofVirtual().start(() -> {
                while (!stop.get()) {
                    mostInUse.accumulateAndGet(pool.getHikariPoolMXBean().getActiveConnections(), Math::max);
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            var rounds = Thread.ofPlatform().start(() -> {
                while (!stop.get()) {
                    delivery.deliverDue();
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            for (var draft : drafts.entrySet()) {
                accounts.signInAs(draft.getKey());
                var started = System.nanoTime();
                assertThat(applicationService.submit(draft.getValue()).status()).isEqualTo(ApplicationStatus.SUBMITTED);
                var took = Duration.ofNanos(System.nanoTime() - started);
                slowest = took.compareTo(slowest) > 0 ? took : slowest;
                assertThat(accounts.principal(draft.getKey()).getUsername()).isEqualTo(draft.getKey());
            }
            accounts.signOut();
            stop.set(true);
            rounds.join(Duration.ofSeconds(20));
            sampler.join(Duration.ofSeconds(1));
            assertThat(accepted).as("delivery did talk to the silent server").isNotEmpty();
            acceptor.interrupt();
        }
        System.out.printf("100 submissions with a silent mail server: slowest %d ms, at most %d of %d connections in use%n",
                slowest.toMillis(), mostInUse.get(), pool.getMaximumPoolSize());
        assertThat(slowest).as("no submission waits for the mail server").isLessThan(Duration.ofSeconds(2));
        assertThat(mostInUse.get()).as("the pool never runs dry").isLessThan(pool.getMaximumPoolSize());
        var applicants = List.copyOf(drafts.keySet());
        assertThat(statesOf(applicants)).doesNotContainKey("SENT").containsEntry("PENDING", 100L);

        smtp.start();
        transport.use(smtp.transport(mailLog));
        clock.advance(Duration.ofMinutes(20));
        while (delivery.deliverDue() > 0) {
            // every round sends what is due until nothing is
        }
        assertThat(statesOf(applicants)).containsExactly(Map.entry("SENT", 100L));
        var received = receivedPerRecipient();
        assertThat(applicants).allSatisfy(applicant -> assertThat(received).containsEntry(applicant.toLowerCase(), 1L));
    }
}
