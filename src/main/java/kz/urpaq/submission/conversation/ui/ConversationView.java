package kz.urpaq.submission.conversation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import kz.urpaq.base.ui.FileDownloads;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.ui.Notifications;
import kz.urpaq.base.ui.RouteIds;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.security.AppRoles;
import kz.urpaq.submission.attachment.CheckedFiles;
import kz.urpaq.submission.conversation.ConversationMessage;
import kz.urpaq.submission.conversation.ConversationRefusedException;
import kz.urpaq.submission.conversation.ConversationService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;

/**
 * The conversation of one application (domain.md §13), for its applicant and its organisers: the
 * messages oldest first, each saying who wrote it and whether the other side read it, and a form
 * to write one, with a file if need be.
 */
@Route("applications/:applicationId(\\d+)/messages")
@RolesAllowed({AppRoles.APPLICANT, AppRoles.ADMIN})
class ConversationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ConversationService conversations;
    private ConversationService.Subject subject;
    private final Div thread = new Div();
    private final TextArea text = new TextArea();
    private @Nullable String pendingName;
    private byte @Nullable [] pendingBytes;
    private final Span pendingLabel = new Span();

    ConversationView(ConversationService conversations) {
        this.conversations = conversations;
        addClassNames("applicant-view", "conversation-view");
        thread.addClassName("conversation-thread");
        thread.setId("conversation-thread");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            subject = conversations.subject(RouteIds.of(event, "applicationId"));
        } catch (ConversationRefusedException | AccessDeniedException refused) {
            throw RouteIds.notFound();
        }
        build();
    }

    private void build() {
        removeAll();
        var title = subject.title().isBlank() ? getTranslation("application.untitled") : subject.title();
        add(new ViewHeader(getTranslation("conversation.title") + " · " + title,
                getTranslation(subject.readerIsApplicant() ? "conversation.description.applicant"
                        : "conversation.description.organisers")));
        if (subject.readerIsApplicant()) {
            add(new Anchor("applications/" + subject.applicationId(), getTranslation("conversation.back.application")));
        } else {
            add(new Anchor("admin/competitions/" + subject.competitionId() + "/messages",
                    getTranslation("conversation.back.inbox")));
        }
        thread.getElement().setAttribute("role", "log");
        thread.getElement().setAttribute("aria-label", getTranslation("conversation.title"));
        add(thread, form());
        refresh();
    }

    private Div form() {
        text.setLabel(getTranslation("conversation.write"));
        text.setMaxLength(ConversationService.TEXT_MAX_LENGTH);
        text.setWidthFull();
        text.setId("message-text");
        var upload = new Upload();
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) CheckedFiles.MAX_BYTES);
        upload.setAcceptedFileExtensions(".pdf", ".jpg", ".jpeg", ".png");
        upload.getElement().setAttribute("aria-label", getTranslation("conversation.file"));
        upload.setI18n(kz.urpaq.base.ui.UploadTexts.of(this, getTranslation("conversation.file.too-big"),
                getTranslation("conversation.file.wrong-type")));
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            pendingName = metadata.fileName();
            pendingBytes = bytes;
            pendingLabel.setText(getTranslation("conversation.file.attached", metadata.fileName()));
        }));
        var send = new Button(getTranslation("conversation.send"), VaadinIcon.PAPERPLANE.create(), click -> send());
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setId("send-message");
        var form = new Div(text, new Paragraph(getTranslation("conversation.file.hint")), upload, pendingLabel, send);
        form.addClassName("conversation-form");
        return form;
    }

    private void send() {
        try {
            var bytes = pendingBytes;
            conversations.write(subject.applicationId(), text.getValue(), pendingName,
                    bytes == null ? null : new ByteArrayInputStream(bytes));
            text.clear();
            pendingName = null;
            pendingBytes = null;
            pendingLabel.setText("");
            Notifications.success(getTranslation("conversation.sent"));
            refresh();
        } catch (RefusedException refused) {
            Notifications.refused(this, refused);
        }
    }

    private void refresh() {
        thread.removeAll();
        var messages = conversations.messages(subject.applicationId());
        if (messages.isEmpty()) {
            thread.add(new Paragraph(getTranslation("conversation.empty")));
        }
        for (var message : messages) {
            thread.add(message(message));
        }
    }

    private Article message(ConversationMessage message) {
        var author = message.fromApplicant()
                ? (subject.readerIsApplicant() ? getTranslation("conversation.you") : message.authorName())
                : (subject.readerIsApplicant() ? getTranslation("conversation.organisers")
                : getTranslation("conversation.organiser-named", message.authorName()));
        var head = new Div(new Span(getTranslation("conversation.head", author, Almaty.dateTime(message.writtenAt()))));
        head.addClassName("message-head");
        var body = new Paragraph(message.text());
        body.addClassName("message-text");
        var article = new Article(head, body);
        article.addClassNames("message", message.fromApplicant() ? "from-applicant" : "from-organisers");
        if (message.fileName() != null) {
            var link = new Anchor(file(message.id()), message.fileName());
            link.setDownload(true);
            article.add(new Div(VaadinIcon.PAPERCLIP.create(), link));
        }
        var mine = message.fromApplicant() == subject.readerIsApplicant();
        if (mine) {
            var read = new Span(message.readAt() == null ? getTranslation("conversation.unread")
                    : getTranslation("conversation.read", Almaty.dateTime(message.readAt())));
            read.addClassName("message-read");
            article.add(read);
        }
        return article;
    }

    private DownloadHandler file(long messageId) {
        return FileDownloads.of(() -> {
            var file = conversations.file(messageId);
            return new FileDownloads.File(file.name(), file.mediaType(), file.bytes());
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("conversation.title") + " · " + getTranslation("app.name");
    }
}
