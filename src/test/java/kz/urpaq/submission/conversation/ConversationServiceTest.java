package kz.urpaq.submission.conversation;

import kz.urpaq.audit.AuditAction;
import kz.urpaq.audit.AuditFilter;
import kz.urpaq.audit.AuditService;
import kz.urpaq.notification.MailLog;
import kz.urpaq.security.Role;
import kz.urpaq.submission.TestApplications;
import kz.urpaq.submission.attachment.AttachmentRejectedException;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class ConversationServiceTest {

    @Autowired ApplicationContext context;
    @Autowired ConversationService conversations;
    @Autowired TestAccounts accounts;
    @Autowired MailLog mailLog;
    @Autowired AuditService audit;

    private long competitionId;
    private long applicationId;
    private String applicant;

    @BeforeEach
    void aSubmittedApplication() {
        competitionId = TestApplications.competition(context);
        applicant = accounts.newApplicant();
        applicationId = TestApplications.draft(context, competitionId, applicant);
        TestApplications.submit(context, applicationId);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void the_applicant_and_the_organisers_write_to_each_other_and_each_side_marks_the_other_read() {
        accounts.signInAs(applicant);
        conversations.write(applicationId, "Бюджетке түсініктеме қоссам бола ма?", null, null);
        assertThat(conversations.messages(applicationId)).singleElement()
                .satisfies(m -> assertThat(m.readAt()).isNull());

        accounts.signInAs("admin@urpaq.local");
        assertThat(conversations.unanswered(competitionId)).extracting(InboxRow::applicationId)
                .containsExactly(applicationId);
        assertThat(conversations.messages(applicationId)).singleElement()
                .satisfies(m -> assertThat(m.fromApplicant()).isTrue());
        conversations.write(applicationId, "Иә, PDF файл ретінде тіркеңіз.", null, null);
        assertThat(conversations.unanswered(competitionId)).isEmpty();
        assertThat(mailLog.to(applicant)).anySatisfy(mail ->
                assertThat(mail.body()).contains("/applications/" + applicationId + "/messages"));
        assertThat(audit.search(AuditFilter.none(), PageRequest.of(0, 50))).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.MESSAGE_WRITTEN);
            assertThat(entry.subjectId()).isEqualTo(applicationId);
        });

        accounts.signInAs(applicant);
        var seen = conversations.messages(applicationId);
        assertThat(seen).hasSize(2);
        assertThat(seen.getFirst().readAt()).as("the organisers opened it").isNotNull();
        assertThat(seen.getLast().fromApplicant()).isFalse();
        assertThat(seen.getLast().authorName()).as("the organisers speak as one").isEmpty();
        assertThat(conversations.mine()).extracting(ConversationMessage::text)
                .containsExactly("Бюджетке түсініктеме қоссам бола ма?");
    }

    @Test
    void an_applicant_reaches_only_their_own_conversation() {
        accounts.signInAs(accounts.newApplicant());
        assertThatThrownBy(() -> conversations.messages(applicationId))
                .isInstanceOfSatisfying(ConversationRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(ConversationRefusedException.NOT_FOUND));
        assertThatThrownBy(() -> conversations.write(applicationId, "сәлем", null, null))
                .isInstanceOf(ConversationRefusedException.class);
        assertThatThrownBy(() -> conversations.unanswered(competitionId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_juror_reaches_no_conversation() {
        accounts.signInAs(accounts.newAccount(Role.JURY, true));
        assertThatThrownBy(() -> conversations.messages(applicationId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> conversations.subject(applicationId)).isInstanceOf(AccessDeniedException.class);
        accounts.signInAs("jury.science1@urpaq.local");
        assertThatThrownBy(() -> conversations.messages(applicationId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_file_is_checked_like_an_attachment_and_only_the_two_sides_download_it() {
        accounts.signInAs(applicant);
        assertThatThrownBy(() -> conversations.write(applicationId, "Бағдарлама", "setup.pdf",
                new ByteArrayInputStream("MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1))))
                .isInstanceOf(AttachmentRejectedException.class);
        assertThat(conversations.messages(applicationId)).as("a refused file sends nothing").isEmpty();

        var written = conversations.write(applicationId, "Түзетілген смета", "smeta",
                new ByteArrayInputStream(kz.urpaq.review.BlindApplicant.pdfNaming("Смета")));
        assertThat(written.fileName()).isEqualTo("smeta.pdf");
        assertThat(conversations.file(written.id()).mediaType()).isEqualTo("application/pdf");

        accounts.signInAs(accounts.newApplicant());
        assertThatThrownBy(() -> conversations.file(written.id())).isInstanceOf(ConversationRefusedException.class);
    }

    @Test
    void an_empty_message_is_refused() {
        accounts.signInAs(applicant);
        assertThatThrownBy(() -> conversations.write(applicationId, "   ", null, null))
                .isInstanceOfSatisfying(ConversationRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("conversation.refused.empty"));
    }
}
