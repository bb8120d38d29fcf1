package kz.urpaq.security;

import kz.urpaq.base.i18n.Language;
import kz.urpaq.competition.CompetitionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Services refuse by themselves; hidden buttons are not the protection. */
@SpringBootTest
class ServiceAccessTest {

    @Autowired
    CompetitionService competitionService;

    @Autowired
    AccountService accountService;

    @Test
    @WithAnonymousUser
    void a_visitor_sees_the_current_competition_but_not_the_organisers_list() {
        assertThat(competitionService.current()).isPresent();
        assertThatThrownBy(competitionService::listAll).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void without_any_authentication_the_organisers_list_is_refused() {
        assertThatThrownBy(competitionService::listAll)
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(roles = AppRoles.APPLICANT)
    void an_applicant_cannot_list_accounts_create_accounts_or_competitions() {
        assertThatThrownBy(() -> accountService.search("", PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accountService.create("x@example.kz", "password-123", "X",
                EnumSet.of(Role.ADMIN), Language.KK)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(competitionService::listAll).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = AppRoles.JURY)
    void a_juror_cannot_list_accounts() {
        assertThatThrownBy(() -> accountService.search("", PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = "admin@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void an_administrator_lists_accounts_without_password_hashes() {
        var accounts = accountService.search("urpaq.local", PageRequest.of(0, 50));

        assertThat(accounts.getContent()).isNotEmpty();
        assertThat(AccountSummary.class.getRecordComponents())
                .extracting(java.lang.reflect.RecordComponent::getName)
                .doesNotContain("passwordHash", "password");
    }

    @Test
    @WithUserDetails(value = "admin@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void an_email_cannot_hold_two_accounts_whatever_its_case() {
        var email = "twice-" + java.util.UUID.randomUUID() + "@example.kz";
        accountService.create(email, "password-123", "First", EnumSet.of(Role.APPLICANT), Language.KK);

        assertThatThrownBy(() -> accountService.create("  " + email.toUpperCase() + " ", "password-456", "Second",
                EnumSet.of(Role.APPLICANT), Language.KK)).isInstanceOf(IllegalArgumentException.class);
    }
}
