package kz.urpaq.security;

import kz.urpaq.audit.AuditAction;
import kz.urpaq.audit.AuditEntry;
import kz.urpaq.audit.AuditFilter;
import kz.urpaq.audit.AuditService;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.testing.MutableClock;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The versioned privacy notice (SPEC §15): who must accept it, when, and what is recorded. */
@SpringBootTest
class PrivacyNoticeServiceTest {

    @Autowired PrivacyNoticeService notices;
    @Autowired AccountService accounts;
    @Autowired TestAccounts testAccounts;
    @Autowired PrivacyAcceptanceRepository acceptances;
    @Autowired AuditService audit;
    @Autowired MutableClock clock;

    @AfterEach
    void signOut() {
        testAccounts.signOut();
    }

    private long id(String email) {
        return SystemTask.run(() -> accounts.findByEmail(email)).orElseThrow().id();
    }

    @Test
    void a_new_applicant_accepts_the_current_version_on_the_registration_form_and_is_not_asked_again() {
        var email = "privacy-" + UUID.randomUUID() + "@example.kz";
        var before = clock.instant();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken("test", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(context);
        accounts.register(email, "Ұрпақ-жоба-2026", "Әлия Серікқызы", Language.KK);

        testAccounts.signInAs(email);
        assertThat(notices.mustAccept()).isFalse();
        assertThat(notices.mine()).singleElement().satisfies(acceptance -> {
            assertThat(acceptance.noticeVersion()).isEqualTo(PrivacyNotice.CURRENT_VERSION);
            assertThat(acceptance.acceptedAt()).isAfterOrEqualTo(before);
        });
        assertThat(audit(id(email))).singleElement()
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo(email));
    }

    @Test
    void an_applicant_who_never_accepted_a_version_must_accept_before_anything_else_and_then_is_not_asked() {
        var email = testAccounts.newAccountWithoutPrivacyAcceptance(Role.APPLICANT, true);
        testAccounts.signInAs(email);
        assertThat(notices.mustAccept()).isTrue();

        notices.accept(PrivacyNotice.CURRENT_VERSION);

        assertThat(notices.mustAccept()).isFalse();
        assertThat(notices.mine()).extracting(PrivacyAcceptanceRecord::noticeVersion)
                .containsExactly(PrivacyNotice.CURRENT_VERSION);
        assertThat(audit(id(email))).hasSize(1);
    }

    @Test
    void an_applicant_whose_newest_acceptance_is_of_an_older_version_must_accept_the_new_one_and_both_are_kept() {
        var email = testAccounts.newAccountWithoutPrivacyAcceptance(Role.APPLICANT, true);
        var older = Instant.parse("2025-01-10T05:00:00Z");
        acceptances.saveAndFlush(new PrivacyAcceptance(id(email), PrivacyNotice.CURRENT_VERSION - 1, older));
        testAccounts.signInAs(email);
        assertThat(notices.mustAccept()).isTrue();

        notices.accept(PrivacyNotice.CURRENT_VERSION);

        assertThat(notices.mustAccept()).isFalse();
        assertThat(notices.mine()).extracting(PrivacyAcceptanceRecord::noticeVersion)
                .containsExactly(PrivacyNotice.CURRENT_VERSION - 1, PrivacyNotice.CURRENT_VERSION);
        assertThat(notices.mine().getFirst().acceptedAt()).isEqualTo(older);
    }

    @Test
    void accepting_twice_records_the_version_once() {
        var email = testAccounts.newAccountWithoutPrivacyAcceptance(Role.APPLICANT, true);
        testAccounts.signInAs(email);

        notices.accept(PrivacyNotice.CURRENT_VERSION);
        notices.accept(PrivacyNotice.CURRENT_VERSION);

        assertThat(notices.mine()).hasSize(1);
        assertThat(audit(id(email))).hasSize(1);
    }

    @Test
    void a_version_other_than_the_current_one_is_refused_so_nobody_accepts_a_text_they_did_not_read() {
        var email = testAccounts.newAccountWithoutPrivacyAcceptance(Role.APPLICANT, true);
        testAccounts.signInAs(email);

        assertThatThrownBy(() -> notices.accept(PrivacyNotice.CURRENT_VERSION - 1))
                .isInstanceOf(PrivacyRefusedException.class)
                .hasMessage("privacy.refused.outdated");
        assertThatThrownBy(() -> notices.accept(PrivacyNotice.CURRENT_VERSION + 1))
                .isInstanceOf(PrivacyRefusedException.class);
        assertThat(notices.mustAccept()).isTrue();
        assertThat(notices.mine()).isEmpty();
    }

    @Test
    void staff_are_not_asked_because_they_process_data_for_their_organiser() {
        testAccounts.signInAs(testAccounts.newAccount(Role.JURY, true));

        assertThat(notices.mustAccept()).isFalse();
    }

    @Test
    void the_rule_asks_again_for_every_older_version_and_never_for_the_current_one() {
        assertThat(PrivacyNotice.mustAccept(0)).isTrue();
        assertThat(PrivacyNotice.mustAccept(PrivacyNotice.CURRENT_VERSION - 1)).isTrue();
        assertThat(PrivacyNotice.mustAccept(PrivacyNotice.CURRENT_VERSION)).isFalse();
    }

    private List<AuditEntry> audit(long accountId) {
        return SystemTask.run(() -> audit.search(new AuditFilter(AuditAction.PRIVACY_NOTICE_ACCEPTED, "account",
                accountId, null, null, null), PageRequest.of(0, 100)));
    }
}
