package kz.urpaq.outbox.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.notification.Mail;
import kz.urpaq.notification.MailDeliveryException;
import kz.urpaq.notification.MailKind;
import kz.urpaq.notification.MailTransport;
import kz.urpaq.notification.Mailer;
import kz.urpaq.outbox.MailState;
import kz.urpaq.outbox.OutboxEntry;
import kz.urpaq.testing.SwitchableMailTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ViewPackages(packages = "kz.urpaq")
@WithUserDetails(value = "platform@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
class OutgoingMailViewTest extends SpringBrowserlessTest {

    private static final int STATE_COLUMN = 4;
    private static final int ERROR_COLUMN = 5;
    private static final int RESEND_COLUMN = 6;

    @Autowired
    Mailer mailer;

    @Autowired
    SwitchableMailTransport transport;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    /** A mail server that refuses every recipient. */
    private static final class Refusing implements MailTransport {
        @Override
        public String name() {
            return "smtp";
        }

        @Override
        public boolean immediate() {
            return false;
        }

        @Override
        public void send(Mail mail, String messageId) throws MailDeliveryException {
            throw new MailDeliveryException("550 mailbox unavailable", false, new IllegalStateException());
        }
    }

    @AfterEach
    void tearDown() {
        transport.reset();
    }

    @SuppressWarnings("unchecked")
    private Grid<OutboxEntry> grid() {
        return $(Grid.class).id("outbox-grid");
    }

    @Test
    void a_failed_mail_shows_its_error_without_its_secret_and_is_sent_again_audited() {
        var marker = UUID.randomUUID().toString().substring(0, 8);
        var to = "juror-" + marker + "@example.kz";
        var token = "TOKEN-" + UUID.randomUUID();
        transport.use(new Refusing());
        transactions.executeWithoutResult(status -> mailer.send(Mail.of(MailKind.INVITATION, to, Language.KK,
                "Urpaq: қазылар алқасына шақыру", "Сілтеме: http://localhost/accept-invitation/" + token)
                .withSecret(token)));
        // as the delivery leaves it after a day of refusals (OutboxDeliveryTest shows the delivery itself)
        jdbc.update("update outbox_mail set state = 'FAILED', attempts = 2, last_error = ? where recipient = ?",
                "550 mailbox unavailable", to);
        transport.reset();

        navigate(OutgoingMailView.class);
        test($(TextField.class).id("outbox-recipient")).setValue(marker);

        assertThat(test(grid()).size()).isEqualTo(1);
        var entry = test(grid()).getRow(0);
        assertThat(entry.state()).isEqualTo(MailState.FAILED);
        assertThat(entry.body()).doesNotContain(token).contains(Mail.HIDDEN);
        assertThat(test(grid()).getCellText(0, STATE_COLUMN)).contains("Әрекет саны 2");
        assertThat(test(grid()).getCellText(0, ERROR_COLUMN)).contains("550 mailbox unavailable");
        assertThat($(Span.class).id("outbox-counts").getText()).contains("жеткізілмеді:");

        test((Button) test(grid()).getCellComponent(0, RESEND_COLUMN)).click();

        assertThat(test(grid()).getRow(0).state()).as("the log sends it at once").isEqualTo(MailState.SENT);
        assertThat(test(grid()).getCellText(0, STATE_COLUMN)).contains("журналға");
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'MAIL_RESENT' "
                + "and subject_id = ?", Integer.class, entry.id())).isEqualTo(1);
    }
}
