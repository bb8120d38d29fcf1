package kz.urpaq.security;

import kz.urpaq.base.i18n.Language;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class FirstAdministratorTest {

    private final AccountService accounts = mock(AccountService.class);

    private void noAdministratorYet() {
        when(accounts.administratorExists()).thenReturn(false);
        when(accounts.create(anyString(), anyString(), anyString(), any(), any())).thenReturn(new AccountSummary(7,
                "boss@akimat.kz", "Administrator", EnumSet.of(Role.ADMIN, Role.PLATFORM), Language.KK, true, Instant.EPOCH));
    }

    @Test
    void the_first_start_creates_the_administrator_from_the_environment() {
        noAdministratorYet();

        new FirstAdministrator(accounts, "boss@akimat.kz", "a-long-secret-1234").run(null);

        verify(accounts).create("boss@akimat.kz", "a-long-secret-1234", "Administrator", EnumSet.of(Role.ADMIN, Role.PLATFORM),
                Language.KK);
    }

    @Test
    void the_first_administrator_must_change_the_password_from_the_environment_at_the_first_sign_in() {
        noAdministratorYet();

        new FirstAdministrator(accounts, "boss@akimat.kz", "a-long-secret-1234").run(null);

        verify(accounts).requirePasswordChange(7);
    }

    @Test
    void later_starts_leave_accounts_alone() {
        when(accounts.administratorExists()).thenReturn(true);

        new FirstAdministrator(accounts, "boss@akimat.kz", "a-long-secret-1234").run(null);

        verify(accounts, never()).create(anyString(), anyString(), anyString(), any(), any());
    }

    @Test
    void without_an_administrator_and_without_the_variables_it_refuses_to_start() {
        when(accounts.administratorExists()).thenReturn(false);

        assertThatThrownBy(() -> new FirstAdministrator(accounts, "", "").run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("URPAQ_ADMIN_EMAIL");
        assertThatThrownBy(() -> new FirstAdministrator(accounts, "boss@akimat.kz", "short").run(null))
                .isInstanceOf(IllegalStateException.class);
    }
}
