package kz.urpaq.results;

import kz.urpaq.competition.CompetitionRefusedException;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.competition.CompetitionSetupService;
import kz.urpaq.competition.Phase;
import kz.urpaq.notification.MailLog;
import kz.urpaq.review.ReviewFixture;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.Role;
import kz.urpaq.security.SystemTask;
import kz.urpaq.testing.MutableClock;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Preliminary results and appeals (domain.md §13). */
@SpringBootTest
class AppealServiceTest {

    @Autowired AppealService appeals;
    @Autowired ResultsService results;
    @Autowired PublicResultsService published;
    @Autowired CompetitionSetupService setupService;
    @Autowired CompetitionService competitions;
    @Autowired AccountService accountService;
    @Autowired ResultsTestData data;
    @Autowired TestAccounts accounts;
    @Autowired MutableClock clock;
    @Autowired MailLog mails;
    @Autowired JdbcTemplate jdbc;

    private ReviewFixture.Setup setup;
    private String applicant;
    private Instant closes;
    /** Direction 0's three applications, ranked first to third. */
    private List<Long> ranked;

    @BeforeEach
    void finalisedAndPreliminary() {
        setup = data.scoredInTwoDirections();
        jdbc.update("update competition set appeals_enabled = true, appeal_days = 5 where id = ?", setup.id());
        accounts.signInAs(ResultsTestData.ADMIN);
        applicant = accountService.findAllById(List.of(setup.applicantId())).getFirst().email();
        setupService.moveTo(setup.id(), Phase.DELIBERATION);
        assertThatThrownBy(() -> setupService.moveTo(setup.id(), Phase.ANNOUNCED))
                .as("appeals on: PRELIMINARY comes first")
                .isInstanceOfSatisfying(CompetitionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("competition.refused.appeals-first"));
        results.finalise(setup.id());
        setupService.moveTo(setup.id(), Phase.PRELIMINARY);
        closes = Objects.requireNonNull(setupService.appealSettings(setup.id()).closesAt());
        ranked = results.results(setup.id()).directions().getFirst().rows().stream()
                .map(r -> r.computed().applicationId()).toList();
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void the_window_closes_at_the_end_of_the_fifth_day_in_almaty_and_an_appeal_one_second_after_is_refused() {
        // the test clock starts on 25.11.2026 at 15:00 in Almaty: the window runs through 30.11.2026
        assertThat(closes).isEqualTo(Instant.parse("2026-11-30T19:00:00Z"));
        accounts.signInAs(applicant);
        var mine = appeals.provisional(ranked.get(2)).orElseThrow();
        assertThat(mine.position()).isEqualTo(3);
        assertThat(mine.rankedInDirection()).isEqualTo(3);
        assertThat(mine.canAppeal()).isTrue();
        assertThat(appeals.provisional(ranked.getFirst()).orElseThrow().comments())
                .containsExactly(ResultsTestData.GOOD_COMMENT);

        clock.set(closes.plusSeconds(1));
        assertThatThrownBy(() -> appeals.file(ranked.get(2), "Балл қате есептелген", null, null))
                .isInstanceOfSatisfying(AppealRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("appeal.refused.window-closed"));
        assertThat(appeals.provisional(ranked.get(2)).orElseThrow().canAppeal()).isFalse();

        clock.set(closes.minusSeconds(1));
        appeals.file(ranked.get(2), "Балл қате есептелген", null, null);
        assertThatThrownBy(() -> appeals.file(ranked.get(2), "Тағы бір рет", null, null))
                .isInstanceOfSatisfying(AppealRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("appeal.refused.already-filed"));
    }

    @Test
    void announcing_is_refused_while_an_appeal_is_open_and_while_the_window_runs() {
        accounts.signInAs(applicant);
        var appeal = appeals.file(ranked.get(1), "Екінші қазының бағасы тым төмен", null, null);

        accounts.signInAs(ResultsTestData.ADMIN);
        assertThatThrownBy(() -> setupService.moveTo(setup.id(), Phase.ANNOUNCED))
                .isInstanceOfSatisfying(CompetitionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("results.refused.appeals-open"));
        appeals.decide(appeal.id(), false, "Бағалар ережеге сай қойылған.", null, false);
        assertThat(mails.to(applicant)).anySatisfy(mail ->
                assertThat(mail.body()).contains("Бағалар ережеге сай қойылған."));
        assertThatThrownBy(() -> setupService.moveTo(setup.id(), Phase.ANNOUNCED))
                .isInstanceOfSatisfying(CompetitionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("results.refused.appeal-window"));

        clock.set(closes);
        SystemTask.run(() -> setupService.moveTo(setup.id(), Phase.ANNOUNCED));
        assertThat(SystemTask.run(() -> competitions.findById(setup.id())).orElseThrow().phase())
                .isEqualTo(Phase.ANNOUNCED);
        var page = published.published(setup.id()).orElseThrow();
        assertThat(page.appealsFiled()).isEqualTo(1);
        assertThat(page.appealsUpheld()).isZero();
    }

    @Test
    void an_upheld_appeal_changes_the_ranking_through_an_override_and_both_snapshots_keep_their_hashes() {
        var first = results.results(setup.id()).snapshot().sha256();
        accounts.signInAs(applicant);
        var appeal = appeals.file(ranked.get(2), "Үшінші қазы бюджетті ескі смета бойынша бағалаған", null, null);

        accounts.signInAs(ResultsTestData.ADMIN);
        appeals.decide(appeal.id(), true, "Смета қатесі расталды.", 2, true);

        var now = results.results(setup.id());
        var row = now.rows().stream().filter(r -> r.computed().applicationId() == ranked.get(2)).findFirst()
                .orElseThrow();
        assertThat(row.finalPlace()).isEqualTo(2);
        assertThat(now.overrides()).anySatisfy(o -> assertThat(o.reason())
                .startsWith("appeal #" + appeal.id() + ":").contains("Смета қатесі расталды."));
        var snapshots = results.snapshots(setup.id());
        assertThat(snapshots).hasSize(2);
        assertThat(snapshots.getFirst().sha256()).isEqualTo(first);
        assertThat(snapshots.getLast().sha256()).isNotEqualTo(first).isEqualTo(now.snapshot().sha256())
                .isEqualTo(ResultsService.sha256(snapshots.getLast().export()));
        assertThat(snapshots.getFirst().sha256()).isEqualTo(ResultsService.sha256(snapshots.getFirst().export()));

        accounts.signInAs(applicant);
        var mine = appeals.provisional(ranked.get(2)).orElseThrow();
        assertThat(mine.place()).isEqualTo(2);
        assertThat(mine.appeal().outcome()).isEqualTo("UPHELD");
        assertThat(appeals.mine()).extracting(AppealRow::id).contains(appeal.id());

        clock.set(closes);
        SystemTask.run(() -> setupService.moveTo(setup.id(), Phase.ANNOUNCED));
        var page = published.published(setup.id()).orElseThrow();
        assertThat(page.appealsUpheld()).isEqualTo(1);
        assertThat(page.sha256()).isEqualTo(snapshots.getLast().sha256());
        assertThat(page.directions().getFirst().awards()).filteredOn(a -> Objects.equals(a.place(), 2)).hasSize(2);
    }

    @Test
    void only_the_applicant_sees_their_provisional_result_and_a_juror_reaches_no_appeal() {
        accounts.signInAs(accounts.newApplicant());
        assertThat(appeals.provisional(ranked.getFirst())).isEmpty();
        assertThatThrownBy(() -> appeals.file(ranked.getFirst(), "Менікі емес", null, null))
                .isInstanceOfSatisfying(AppealRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(AppealRefusedException.NOT_FOUND));
        accounts.signInAs(accounts.newAccount(Role.JURY, true));
        assertThatThrownBy(() -> appeals.provisional(ranked.getFirst())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> appeals.appeals(setup.id())).isInstanceOf(AccessDeniedException.class);
    }
}
