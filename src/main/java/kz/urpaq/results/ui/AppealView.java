package kz.urpaq.results.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.ui.Notifications;
import kz.urpaq.base.ui.RouteIds;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.results.AppealRow;
import kz.urpaq.results.AppealService;
import kz.urpaq.results.MyProvisionalResult;
import kz.urpaq.security.AppRoles;
import kz.urpaq.submission.attachment.CheckedFiles;
import org.jspecify.annotations.Nullable;

import java.io.ByteArrayInputStream;

/**
 * The applicant's provisional result and appeal (domain.md §13): position, score, place and grant
 * as they stand, the jurors' comments to them, and while the window runs a form for one appeal with
 * a reason and optionally a file; afterwards the appeal and its decision.
 */
@Route("applications/:applicationId(\\d+)/appeal")
@RolesAllowed(AppRoles.APPLICANT)
class AppealView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AppealService appeals;
    private long applicationId;
    private @Nullable String pendingName;
    private byte @Nullable [] pendingBytes;

    AppealView(AppealService appeals) {
        this.appeals = appeals;
        addClassNames("applicant-view", "appeal-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        applicationId = RouteIds.of(event, "applicationId");
        build(RouteIds.found(appeals.provisional(applicationId)));
    }

    private void build(MyProvisionalResult result) {
        removeAll();
        add(new ViewHeader(getTranslation("appeal.title"), getTranslation("appeal.description")));
        add(new Anchor("applications/" + applicationId, getTranslation("conversation.back.application")));
        var standing = new Section(new H2(getTranslation("appeal.provisional")),
                new Paragraph(getTranslation("appeal.position", result.position(), result.rankedInDirection(),
                        result.score().stripTrailingZeros().toPlainString())),
                new Paragraph(result.place() == null ? getTranslation("appeal.no-place")
                        : getTranslation("appeal.place", result.place())),
                new Paragraph(getTranslation(result.grant() ? "appeal.grant" : "appeal.no-grant")));
        standing.setId("provisional-result");
        if (!result.comments().isEmpty()) {
            var comments = new UnorderedList();
            result.comments().forEach(comment -> comments.add(new ListItem(comment)));
            standing.add(new Paragraph(getTranslation("appeal.comments")), comments);
        }
        add(standing);
        if (result.appeal() != null) {
            add(appeal(result.appeal()));
        } else if (result.canAppeal()) {
            add(form(result));
        } else if (result.appealsCloseAt() != null) {
            add(new Paragraph(getTranslation("appeal.window-closed", Almaty.dateTime(result.appealsCloseAt()))));
        }
    }

    private Section appeal(AppealRow appeal) {
        var section = new Section(new H2(getTranslation("appeal.yours")),
                new Paragraph(appeal.reason()),
                new Paragraph(getTranslation("appeal.filed-at", Almaty.dateTime(appeal.filedAt()))));
        section.setId("my-appeal");
        if (appeal.outcome() == null) {
            section.add(new Paragraph(getTranslation("appeal.waiting")));
        } else {
            var decision = new Paragraph(getTranslation("appeal.outcome." + appeal.outcome().toLowerCase(
                    java.util.Locale.ROOT)) + " " + appeal.decisionReason());
            decision.setId("appeal-decision");
            section.add(decision);
        }
        return section;
    }

    private Section form(MyProvisionalResult result) {
        var reason = new TextArea(getTranslation("appeal.reason"));
        reason.setMaxLength(AppealService.REASON_MAX_LENGTH);
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setId("appeal-reason");
        var attached = new Paragraph();
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
            attached.setText(getTranslation("conversation.file.attached", metadata.fileName()));
        }));
        var send = new Button(getTranslation("appeal.send"), click -> {
            try {
                var bytes = pendingBytes;
                appeals.file(applicationId, reason.getValue(), pendingName,
                        bytes == null ? null : new ByteArrayInputStream(bytes));
                Notifications.success(getTranslation("appeal.sent"));
                build(RouteIds.found(appeals.provisional(applicationId)));
            } catch (RefusedException refused) {
                Notifications.refused(this, refused);
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setId("send-appeal");
        var closes = result.appealsCloseAt();
        var section = new Section(new H2(getTranslation("appeal.file")),
                new Paragraph(closes == null ? "" : getTranslation("appeal.until", Almaty.dateTime(closes))),
                reason, new Paragraph(getTranslation("conversation.file.hint")), upload, attached, new Div(send));
        section.setId("appeal-form");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appeal.title") + " · " + getTranslation("app.name");
    }
}
