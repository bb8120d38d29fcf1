package kz.urpaq.longrun;

import kz.urpaq.certificate.CertificateService;
import kz.urpaq.competition.CompetitionSetupService;
import kz.urpaq.competition.Phase;
import kz.urpaq.demo.FinishedCompetitionDemo;
import kz.urpaq.results.ResultsService;
import kz.urpaq.security.SystemTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default as a person meets it after a while: the app runs on a fresh H2 file
 * database with the pool's maximum connection lifetime cut from 30 minutes to 30 seconds, and a
 * minute after the start, when every connection of the start (the one that ran the migrations too)
 * has been retired, an organiser's whole round is walked through the services: registration,
 * submission, screening, panels, automatic assignment, scoring, an override with a reason,
 * finalising, the announcement and the certificates. Runs in a JVM of its own (Surefire execution
 * {@code embedded-default}): its Spring context must not live beside the shared one, and it
 * always uses H2, whichever database the other tests use.
 */
@SpringBootTest
class EmbeddedDefaultLongRunTest {

    private static final Duration AFTER_START = Duration.ofSeconds(65);

    @DynamicPropertySource
    static void embeddedDefault(DynamicPropertyRegistry registry) {
        try {
            var data = Files.createTempDirectory("urpaq-long-run");
            data.toFile().deleteOnExit();
            registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + data.resolve("urpaq")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.datasource.hikari.max-lifetime", () -> "30000");
    }

    @Autowired
    FinishedCompetitionDemo demo;

    @Autowired
    ResultsService results;

    @Autowired
    CompetitionSetupService setup;

    @Autowired
    CertificateService certificates;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_whole_round_runs_a_minute_after_the_first_start_when_the_first_connections_are_retired()
            throws InterruptedException {
        var sinceStart = Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());
        if (sinceStart.compareTo(AFTER_START) < 0) {
            Thread.sleep(AFTER_START.minus(sinceStart).toMillis());
        }

        long id = demo.seed("TU-LONG", 2024, Phase.DELIBERATION);
        SystemTask.run(() -> {
            var first = results.results(id).directions().getFirst().rows().getFirst();
            results.override(id, first.computed().applicationId(), first.finalPlace(), !first.finalGrant(),
                    "Ұзақ жұмыс тексерісі: шешім себебімен өзгертілді");
            results.finalise(id);
            setup.setAppeals(id, false, 5);
            setup.moveTo(id, Phase.ANNOUNCED);
            certificates.issueNow(id);
        });

        assertThat(count("review_assignment", id)).as("assignments").isGreaterThan(0);
        assertThat(count("result_override", id)).as("overrides").isEqualTo(1);
        assertThat(count("certificate", id)).as("certificates").isGreaterThan(0);
    }

    private long count(String table, long competitionId) {
        return jdbc.sql("select count(*) from " + table + " where competition_id = :id")
                .param("id", competitionId).query(Long.class).single();
    }
}
