package kz.urpaq.submission.conversation;

import com.vaadin.flow.i18n.I18NProvider;
import kz.urpaq.audit.AuditAction;
import kz.urpaq.audit.AuditTrail;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.competition.CompetitionAccess;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.notification.Mail;
import kz.urpaq.notification.MailKind;
import kz.urpaq.notification.Mailer;
import kz.urpaq.organiser.OrganiserService;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.AccountSummary;
import kz.urpaq.security.CurrentUser;
import kz.urpaq.security.Role;
import kz.urpaq.submission.Application;
import kz.urpaq.submission.ApplicationRepository;
import kz.urpaq.submission.ApplicationStatus;
import kz.urpaq.submission.attachment.CheckedFiles;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The conversation of each application between its applicant and the organisers (domain.md §13).
 * The applicant reaches only their own; an administrator only those of the competitions they
 * administer; jurors none. Either side writes, with a file if they like (checked like an
 * attachment); the other side gets a mail with a link; opening the conversation marks what the
 * other side wrote as read. Every message is audited.
 */
@Service
@PreAuthorize("hasAnyRole('APPLICANT', 'ADMIN')")
@Transactional
public class ConversationService {

    public static final int TEXT_MAX_LENGTH = Message.TEXT_MAX_LENGTH;

    private final MessageRepository messages;
    private final ApplicationRepository applications;
    private final CompetitionService competitions;
    private final CompetitionAccess access;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final OrganiserService organisers;
    private final AuditTrail audit;
    private final Mailer mailer;
    private final I18NProvider i18n;
    private final Clock clock;
    private final String baseUrl;

    ConversationService(MessageRepository messages, ApplicationRepository applications, CompetitionService competitions,
                        CompetitionAccess access, CurrentUser currentUser, AccountService accounts,
                        OrganiserService organisers, AuditTrail audit, Mailer mailer, I18NProvider i18n, Clock clock,
                        @Value("${urpaq.public-base-url}") String baseUrl) {
        this.messages = messages;
        this.applications = applications;
        this.competitions = competitions;
        this.access = access;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.organisers = organisers;
        this.audit = audit;
        this.mailer = mailer;
        this.i18n = i18n;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** Whom the conversation is about, as its reader may see it. */
    public record Subject(long applicationId, long competitionId, @Nullable String referenceNumber, String title,
                          boolean readerIsApplicant) {
    }

    /** The application the conversation belongs to, when the caller is one of its two sides. */
    @Transactional(readOnly = true)
    public Subject subject(long applicationId) {
        var application = reachable(applicationId);
        return new Subject(applicationId, application.getCompetitionId(), application.getReferenceNumber(),
                application.content().title(), isApplicant(application));
    }

    /** The whole conversation, oldest first; what the other side wrote is marked read now. */
    public List<ConversationMessage> messages(long applicationId) {
        var application = reachable(applicationId);
        var applicantSide = isApplicant(application);
        var found = messages.findByApplicationIdOrderByIdAsc(applicationId);
        var now = clock.instant();
        found.stream().filter(m -> m.isFromApplicant() != applicantSide).forEach(m -> m.markRead(now));
        return views(found, applicantSide);
    }

    /**
     * Writes a message (and its file, when there is one) as the caller's side.
     *
     * @throws ConversationRefusedException an empty or too long text
     * @throws kz.urpaq.submission.attachment.AttachmentRejectedException a file refused as an attachment would be
     */
    public ConversationMessage write(long applicationId, String text, @Nullable String fileName,
                                     @Nullable InputStream file) {
        var application = reachable(applicationId);
        var body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new ConversationRefusedException("conversation.refused.empty");
        }
        if (body.length() > TEXT_MAX_LENGTH) {
            throw new ConversationRefusedException("conversation.refused.too-long", TEXT_MAX_LENGTH);
        }
        var checked = file == null ? null : CheckedFiles.check(fileName == null ? "" : fileName, file);
        var applicantSide = isApplicant(application);
        var saved = messages.saveAndFlush(new Message(applicationId, application.getCompetitionId(),
                currentUser.require().accountId(), applicantSide, body, checked == null ? null : checked.name(),
                checked == null ? null : checked.type(), checked == null ? null : checked.bytes(), clock.instant()));
        audit.record(AuditAction.MESSAGE_WRITTEN, "application", applicationId, application.getCompetitionId(), null,
                applicantSide ? "applicant" : "organisers",
                checked == null ? null : "file: " + checked.name());
        tellTheOtherSide(application, applicantSide);
        return views(List.of(saved), applicantSide).getFirst();
    }

    /** A message's file, for either side of its conversation. */
    @Transactional(readOnly = true)
    public MessageFile file(long messageId) {
        var message = messages.findById(messageId)
                .orElseThrow(() -> new ConversationRefusedException(ConversationRefusedException.NOT_FOUND));
        reachable(message.getApplicationId());
        if (message.getFileBytes() == null || message.getFileType() == null) {
            throw new ConversationRefusedException(ConversationRefusedException.NOT_FOUND);
        }
        return new MessageFile(Objects.requireNonNull(message.getFileName()), message.getFileType().mediaType(),
                message.getFileBytes());
    }

    /**
     * The organisers' inbox: the applications of a competition whose applicant wrote last, the
     * longest waiting first.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<InboxRow> unanswered(long competitionId) {
        access.requireAdministered(competitionId);
        var last = new LinkedHashMap<Long, Message>();
        var unread = new HashMap<Long, Integer>();
        for (var message : messages.findByCompetitionIdOrderByIdAsc(competitionId)) {
            last.put(message.getApplicationId(), message);
            if (message.isFromApplicant() && message.getReadAt() == null) {
                unread.merge(message.getApplicationId(), 1, Integer::sum);
            }
        }
        var waiting = last.values().stream().filter(Message::isFromApplicant)
                .sorted(Comparator.comparing(Message::getWrittenAt)).toList();
        var byId = applications.findAllById(waiting.stream().map(Message::getApplicationId).toList()).stream()
                .collect(Collectors.toMap(Application::getId, Function.identity()));
        var names = names(byId.values().stream().map(Application::getApplicantId).toList());
        var rows = new ArrayList<InboxRow>();
        for (var message : waiting) {
            var application = byId.get(message.getApplicationId());
            if (application == null) {
                continue;
            }
            rows.add(new InboxRow(message.getApplicationId(), application.getReferenceNumber(),
                    application.content().title(), names.getOrDefault(application.getApplicantId(), ""),
                    message.getText(), message.getWrittenAt(), unread.getOrDefault(message.getApplicationId(), 0)));
        }
        return rows;
    }

    /**
     * Every message the caller wrote, in any conversation: their own records, for the export of
     * their personal data (domain.md §15).
     */
    @Transactional(readOnly = true)
    public List<ConversationMessage> mine() {
        var me = currentUser.require().accountId();
        var mine = messages.findByAuthorIdOrderByIdAsc(me);
        var applicantSide = new ArrayList<Message>();
        for (var message : mine) {
            if (message.isFromApplicant()) {
                applicantSide.add(message);
            }
        }
        var result = new ArrayList<>(views(applicantSide, true));
        result.addAll(views(mine.stream().filter(m -> !m.isFromApplicant()).toList(), false));
        result.sort(Comparator.comparing(ConversationMessage::id));
        return result;
    }

    private List<ConversationMessage> views(List<Message> found, boolean forApplicant) {
        Map<Long, String> names = forApplicant ? Map.of()
                : names(found.stream().map(Message::getAuthorId).filter(Objects::nonNull).toList());
        var me = currentUser.require();
        return found.stream().map(m -> new ConversationMessage(Objects.requireNonNull(m.getId()), m.getApplicationId(),
                m.isFromApplicant(), authorName(m, forApplicant, names, me.accountId(), me.displayName()),
                m.getText(), m.getFileName(), m.getWrittenAt(), m.getReadAt())).toList();
    }

    private static String authorName(Message m, boolean forApplicant, Map<Long, String> names, long me, String myName) {
        if (Objects.equals(m.getAuthorId(), me)) {
            return myName;
        }
        if (forApplicant && !m.isFromApplicant()) {
            return ""; // the organisers speak as one: the view says "the organisers"
        }
        return m.getAuthorId() == null ? "" : names.getOrDefault(m.getAuthorId(), "");
    }

    private Map<Long, String> names(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return accounts.findAllById(Set.copyOf(accountIds)).stream()
                .collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName));
    }

    /** The applicant's own application, or one of a competition the caller administers; never a draft. */
    private Application reachable(long applicationId) {
        var application = applications.findById(applicationId)
                .filter(a -> a.getStatus() != ApplicationStatus.DRAFT || a.getReferenceNumber() != null)
                .filter(a -> isApplicant(a)
                        || currentUser.hasRole(Role.ADMIN) && access.administers(a.getCompetitionId()))
                .orElseThrow(() -> new ConversationRefusedException(ConversationRefusedException.NOT_FOUND));
        return application;
    }

    private boolean isApplicant(Application application) {
        return application.getApplicantId() == currentUser.require().accountId();
    }

    private void tellTheOtherSide(Application application, boolean fromApplicant) {
        var competition = competitions.findById(application.getCompetitionId()).orElseThrow();
        var title = application.content().title();
        var reference = application.getReferenceNumber() == null ? "" : application.getReferenceNumber();
        var link = baseUrl + "/applications/" + application.getId() + "/messages";
        if (fromApplicant) {
            var organiser = organisers.find(competition.organiserId());
            var locale = Language.KK.locale();
            mailer.send(Mail.of(MailKind.MESSAGE, organiser.contactEmail(), Language.KK,
                            i18n.getTranslation("mail.message.to-organisers.subject", locale, reference),
                            i18n.getTranslation("mail.message.to-organisers.body", locale, reference, title,
                                    competition.title().in(locale), link))
                    .about("application", Objects.requireNonNull(application.getId()))
                    .inCompetition(application.getCompetitionId()));
        } else {
            var applicant = accounts.findAllById(List.of(application.getApplicantId())).stream().findFirst();
            if (applicant.isEmpty()) {
                return;
            }
            var locale = applicant.get().language().locale();
            mailer.send(Mail.of(MailKind.MESSAGE, applicant.get().email(), applicant.get().language(),
                            i18n.getTranslation("mail.message.to-applicant.subject", locale, reference),
                            i18n.getTranslation("mail.message.to-applicant.body", locale,
                                    applicant.get().displayName(), title, competition.title().in(locale), link))
                    .about("application", Objects.requireNonNull(application.getId()))
                    .inCompetition(application.getCompetitionId()));
        }
    }
}
