package kz.urpaq.bench;

import kz.urpaq.notification.MailLog;
import kz.urpaq.security.AccountLinkService;
import kz.urpaq.security.Role;
import kz.urpaq.testing.SmtpServer;
import kz.urpaq.testing.SwitchableMailTransport;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long "forgot password" takes for an address that has an account and for one that has none
 * (issue 16: the answer must not tell them apart; median of 50 each within 10 %). Times
 * {@link AccountLinkService#requestPasswordReset} — everything the request does on the server
 * beyond Vaadin's round trip, its transaction and commit included — with the mail going to an SMTP
 * server, as in production: the mail is only written into the outbox, no mail server is talked to
 * in the request, and the answer waits out {@code urpaq.security.reset-answer-floor}. Every known
 * address is a fresh account, so each known request really writes a
 * link and a mail; known and unknown requests alternate, after a warm-up of 20 each. Prints the
 * figures; asserts only that each known request wrote its mail. Run with
 * {@code ./mvnw -B test-compile surefire:test@benchmarks -Dtest=PasswordResetTimingBenchmark}
 * (SPRING_DATASOURCE_URL for PostgreSQL).
 */
@SpringBootTest
class PasswordResetTimingBenchmark {

    private static final int WARM_UP = 20;
    private static final int MEASURED = 50;

    @Autowired
    AccountLinkService links;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SwitchableMailTransport transport;

    @Autowired
    MailLog mailLog;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void tearDown() {
        transport.reset();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void a_known_and_an_unknown_address_take_the_same_time() throws Exception {
        // SMTP to a port nobody listens on: mail waits in the outbox, as it would for the background.
        transport.use(SmtpServer.transport(SmtpServer.freePort(), mailLog, 2000));
        var known = new ArrayList<String>();
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            known.add(accounts.newAccount(Role.APPLICANT, true));
        }
        var knownNanos = new ArrayList<Long>();
        var unknownNanos = new ArrayList<Long>();
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            var unknown = "nobody-" + UUID.randomUUID() + "@example.kz";
            long knownTook = time(known.get(i), "10.1." + i / 200 + "." + (i % 200 + 1));
            long unknownTook = time(unknown, "10.2." + i / 200 + "." + (i % 200 + 1));
            if (i >= WARM_UP) {
                knownNanos.add(knownTook);
                unknownNanos.add(unknownTook);
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail where kind = 'PASSWORD_RESET' and recipient in ("
                + String.join(",", known.stream().map(e -> "?").toList()) + ")", Integer.class, known.toArray()))
                .isEqualTo(WARM_UP + MEASURED);

        double knownMedian = median(knownNanos) / 1e6;
        double unknownMedian = median(unknownNanos) / 1e6;
        double difference = (knownMedian - unknownMedian) / unknownMedian * 100;
        var load = Files.readString(Path.of("/proc/loadavg")).strip();
        System.out.printf("%nPasswordResetTimingBenchmark (%d each after %d warm-up, alternating, Java %s, %d CPUs, "
                + "load %s)%n", MEASURED, WARM_UP, Runtime.version(), Runtime.getRuntime().availableProcessors(), load);
        System.out.printf("  known address   : median %6.2f ms  (p10 %6.2f, p90 %6.2f)%n", knownMedian,
                percentile(knownNanos, 10) / 1e6, percentile(knownNanos, 90) / 1e6);
        System.out.printf("  unknown address : median %6.2f ms  (p10 %6.2f, p90 %6.2f)%n", unknownMedian,
                percentile(unknownNanos, 10) / 1e6, percentile(unknownNanos, 90) / 1e6);
        System.out.printf("  difference      : %+6.1f %% of the unknown address's median (goal: within ±10 %%)%n%n",
                difference);
    }

    /** One visitor's request from their own network address (five an address are allowed in ten minutes). */
    private long time(String email, String remoteAddress) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(remoteAddress);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        long start = System.nanoTime();
        links.requestPasswordReset(email);
        return System.nanoTime() - start;
    }

    private static double median(List<Long> values) {
        return percentile(values, 50);
    }

    private static double percentile(List<Long> values, int percent) {
        var sorted = values.stream().sorted().toList();
        double position = (sorted.size() - 1) * percent / 100.0;
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return sorted.get(below) + (sorted.get(above) - sorted.get(below)) * (position - below);
    }
}
