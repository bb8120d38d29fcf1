package kz.urpaq.grant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
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
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.certificate.AmountInWords;
import kz.urpaq.grant.AgreementState;
import kz.urpaq.grant.GrantRow;
import kz.urpaq.grant.GrantService;
import kz.urpaq.grant.GrantState;
import kz.urpaq.grant.TrancheState;
import kz.urpaq.security.AccountRules;
import kz.urpaq.security.AppRoles;
import kz.urpaq.security.CurrentUser;
import kz.urpaq.security.InputRefusedException;
import kz.urpaq.security.SecondFactorService;
import kz.urpaq.submission.attachment.CheckedFiles;

import org.jspecify.annotations.Nullable;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The recipient's own grants (domain.md §14): each with its agreement to download, accept online
 * (password asked again; a guardian's e-mail under 18), decline with a reason or upload signed on
 * paper, its tranches and signatures, and, once ACTIVE, the links to its reports.
 */
@Route("grants")
@RolesAllowed(AppRoles.APPLICANT)
class MyGrantsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(Almaty.DATE_PATTERN);

    private final GrantService grants;
    private final SecondFactorService secondFactors;
    private final CurrentUser currentUser;

    MyGrantsView(GrantService grants, SecondFactorService secondFactors, CurrentUser currentUser) {
        this.grants = grants;
        this.secondFactors = secondFactors;
        this.currentUser = currentUser;
        addClassNames("applicant-view", "my-grants");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        build();
    }

    private void build() {
        removeAll();
        var mine = grants.myGrants();
        add(new ViewHeader(getTranslation("grant.mine.title"),
                getTranslation(mine.isEmpty() ? "grant.mine.empty" : "grant.mine.description")));
        mine.forEach(row -> add(card(row)));
    }

    private Section card(GrantRow row) {
        var g = row.grant();
        var section = new Section();
        section.setId("grant-" + g.id());
        section.addClassName("grant-card");
        section.add(new H3(getTranslation("grant.mine.heading", g.projectTitle())));
        section.add(new Paragraph(getTranslation(g.state().labelKey()) + " · " + getTranslation(row.agreement().labelKey())));
        section.add(new Paragraph(getTranslation("grant.mine.amount", AmountInWords.digits(g.amount().longValue()))));
        section.add(new Paragraph(getTranslation("grant.mine.reports-due", date(g.interimReportDue()),
                date(g.finalReportDue()))));
        if (row.reason() != null) {
            section.add(new Paragraph(row.reason()));
        }
        var tranches = new UnorderedList();
        for (var t : row.tranches()) {
            var state = t.state() == TrancheState.PAID && t.paidOn() != null
                    ? getTranslation("grant.tranche.paid", DATE.format(t.paidOn()), t.paymentReference())
                    : getTranslation(t.state().labelKey());
            tranches.add(new ListItem(getTranslation("grant.tranche.line", t.position(), t.percent(),
                    AmountInWords.digits(t.amount().longValue()), getTranslation(t.dueOn().labelKey()), state)));
        }
        section.add(new H3(getTranslation("grant.column.tranches")), tranches);
        if (!row.signatures().isEmpty()) {
            var signatures = new UnorderedList();
            row.signatures().forEach(s -> signatures.add(new ListItem(getTranslation("grant.mine.signature",
                    getTranslation(s.method().labelKey()), s.signerName(), Almaty.dateTime(s.signedAt())))));
            section.add(new H3(getTranslation("grant.mine.signatures")), signatures);
        }
        var pdf = new Anchor(GrantRegisterView.pdf(() -> grants.agreementPdf(g.id()), "agreement-" + g.id() + ".pdf"),
                AttachmentType.DOWNLOAD, getTranslation("grant.mine.download"));
        pdf.setId("grant-download-" + g.id());
        var actions = new Div(pdf);
        actions.addClassName("grant-actions");
        if (g.state() == GrantState.OFFERED && row.agreement() != AgreementState.AWAITING_GUARDIAN) {
            var accept = new Button(getTranslation("grant.mine.accept"), click -> accept(row));
            accept.setId("grant-accept-" + g.id());
            accept.addThemeVariants(ButtonVariant.PRIMARY);
            var decline = new Button(getTranslation("grant.mine.decline"), click -> decline(row));
            decline.setId("grant-decline-" + g.id());
            actions.add(accept, decline);
            section.add(actions, scan(row));
        } else {
            section.add(actions);
        }
        if (g.state() == GrantState.ACTIVE || g.state() == GrantState.COMPLETED) {
            var reports = new Div(new Anchor("grants/" + g.id() + "/reports/interim", getTranslation("grant.mine.interim")),
                    new Anchor("grants/" + g.id() + "/reports/final", getTranslation("grant.mine.final")));
            reports.addClassName("grant-reports");
            section.add(reports);
        }
        return section;
    }

    private Div scan(GrantRow row) {
        var upload = new Upload();
        upload.setId("grant-scan-" + row.grant().id());
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) CheckedFiles.MAX_BYTES);
        upload.setAcceptedFileExtensions(".pdf", ".jpg", ".jpeg", ".png");
        upload.getElement().setAttribute("aria-label", getTranslation("grant.mine.scan"));
        upload.setI18n(kz.urpaq.base.ui.UploadTexts.of(this, getTranslation("conversation.file.too-big"),
                getTranslation("conversation.file.wrong-type")));
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            try {
                grants.uploadSignedScan(row.grant().id(), metadata.fileName(), new ByteArrayInputStream(bytes));
                Notifications.success(getTranslation("grant.mine.done.accepted"));
                build();
            } catch (RefusedException refused) {
                Notifications.refused(this, refused);
            }
        }))));
        var box = new Div(new Paragraph(getTranslation("grant.mine.scan")), upload);
        box.addClassName("grant-scan");
        return box;
    }

    private void accept(GrantRow row) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("grant.mine.accept.title"));
        var password = new PasswordField(getTranslation("grant.mine.password"));
        password.setId("grant-accept-password");
        password.setRequired(true);
        password.setWidthFull();
        var guardian = new EmailField(getTranslation("grant.mine.guardian-email"));
        guardian.setId("grant-guardian-email");
        guardian.setHelperText(getTranslation("grant.mine.guardian-hint"));
        guardian.setWidthFull();
        guardian.setVisible(grants.acceptanceNeedsGuardian());
        guardian.setRequired(guardian.isVisible());
        // The password again, and the code too for someone who signs in with a second factor (domain.md §12).
        var code = new TextField(getTranslation("second-factor.code"));
        code.setId("grant-accept-code");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setHelperText(getTranslation("second-factor.code.hint"));
        code.setWidthFull();
        code.setVisible(currentUser.get().map(principal -> principal.needsSecondFactor()).orElse(false));
        var confirm = new Button(getTranslation("grant.confirm"), click -> {
            password.setInvalid(false);
            code.setInvalid(false);
            guardian.setInvalid(false);
            try {
                secondFactors.confirmStepUp(password.getValue(), code.getValue());
            } catch (InputRefusedException refused) {
                var field = AccountRules.FIELD_PASSWORD.equals(refused.refusal().field()) ? password : code;
                field.setErrorMessage(getTranslation(refused.refusal().messageKey(), refused.refusal().argsArray()));
                field.setInvalid(true);
                field.focus();
                return;
            }
            try {
                var accepted = grants.accept(row.grant().id(), guardian.isVisible() ? guardian.getValue() : null);
                Notifications.success(getTranslation(accepted.agreement() == AgreementState.AWAITING_GUARDIAN
                        ? "grant.mine.done.awaiting-guardian" : "grant.mine.done.accepted"));
                dialog.close();
                build();
            } catch (InputRefusedException refused) {
                guardian.setErrorMessage(getTranslation(refused.refusal().messageKey(), refused.refusal().argsArray()));
                guardian.setInvalid(true);
                guardian.focus();
            } catch (RefusedException refused) {
                Notifications.refused(this, refused);
            }
        });
        confirm.setId("grant-accept-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new Paragraph(getTranslation("grant.mine.accept.text")), password, code, guardian);
        dialog.getFooter().add(new Button(getTranslation("grant.cancel"), click -> dialog.close()), confirm);
        dialog.open();
        password.focus();
    }

    private void decline(GrantRow row) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("grant.mine.decline.title"));
        var reason = new TextArea(getTranslation("grant.reason"));
        reason.setId("grant-decline-reason");
        reason.setRequired(true);
        reason.setMaxLength(GrantService.REASON_MAX_LENGTH);
        reason.setWidthFull();
        var confirm = new Button(getTranslation("grant.confirm"), click -> {
            try {
                grants.decline(row.grant().id(), reason.getValue());
                Notifications.success(getTranslation("grant.mine.done.declined"));
                dialog.close();
                build();
            } catch (InputRefusedException refused) {
                reason.setErrorMessage(getTranslation(refused.refusal().messageKey(), refused.refusal().argsArray()));
                reason.setInvalid(true);
            } catch (RefusedException refused) {
                Notifications.refused(this, refused);
            }
        });
        confirm.setId("grant-decline-confirm");
        confirm.addThemeVariants(ButtonVariant.ERROR);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("grant.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private String date(@Nullable LocalDate day) {
        return day == null ? getTranslation("grant.reports.none") : DATE.format(day);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("grant.mine.title") + " · " + getTranslation("app.name");
    }
}
