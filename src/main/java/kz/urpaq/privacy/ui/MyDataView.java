package kz.urpaq.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.ui.Notifications;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.privacy.DeletionCheck;
import kz.urpaq.privacy.ExportStatus;
import kz.urpaq.privacy.PersonalDataService;
import kz.urpaq.security.AppRoles;
import kz.urpaq.security.ui.StepUpPrompt;

import java.util.Optional;

/**
 * "My data" (SPEC §15), linked from the profile: download everything held about me as a ZIP (built
 * in the background, the link mailed), and delete my account, or the competitions that hold it
 * back and from when it becomes possible.
 */
@Route("profile/data")
@RolesAllowed(AppRoles.APPLICANT)
class MyDataView extends Main implements HasDynamicTitle {

    private final PersonalDataService personalData;
    private final StepUpPrompt stepUp;
    private final AuthenticationContext authentication;
    private final Paragraph exportStatus = new Paragraph();

    MyDataView(PersonalDataService personalData, StepUpPrompt stepUp, AuthenticationContext authentication) {
        this.personalData = personalData;
        this.stepUp = stepUp;
        this.authentication = authentication;
        addClassNames("applicant-view", "my-data-view");
        add(new ViewHeader(getTranslation("my-data.title"), getTranslation("my-data.description")));
        add(exportSection(), deletionSection());
    }

    private Div exportSection() {
        exportStatus.setId("export-status");
        exportStatus.getElement().setAttribute("aria-live", "polite");
        showExport(personalData.latestExport());
        var request = new Button(getTranslation("my-data.export.request"), click -> {
            showExport(Optional.of(personalData.requestExport()));
            Notifications.success(getTranslation("my-data.export.requested"));
        });
        request.setId("request-export");
        request.addThemeVariants(ButtonVariant.PRIMARY);
        var section = new Div(new H2(getTranslation("my-data.export.title")),
                new Paragraph(getTranslation("my-data.export.text")), exportStatus, request);
        section.addClassName("profile-section");
        return section;
    }

    private void showExport(Optional<ExportStatus> latest) {
        exportStatus.setText(latest.map(export -> switch (export.state()) {
            case PENDING -> getTranslation("my-data.export.pending", Almaty.dateTime(export.requestedAt()));
            case READY -> getTranslation("my-data.export.ready", Almaty.dateTime(export.readyAt()),
                    Almaty.dateTime(export.expiresAt()));
            case FAILED, EXPIRED -> getTranslation(export.state().labelKey());
        }).orElse(getTranslation("my-data.export.none")));
    }

    private Div deletionSection() {
        var section = new Div(new H2(getTranslation("my-data.delete.title")));
        section.addClassName("profile-section");
        section.setId("delete-section");
        var check = personalData.deletionCheck();
        if (!check.allowed()) {
            var why = new Paragraph(getTranslation("my-data.delete.blocked"));
            why.setId("delete-blocked");
            var list = new UnorderedList();
            for (var blocking : check.blocking()) {
                list.add(new ListItem(line(blocking)));
            }
            section.add(why, list, new Paragraph(getTranslation("my-data.delete.blocked.after")));
            return section;
        }
        section.add(new Paragraph(getTranslation("my-data.delete.text")));
        var delete = new Button(getTranslation("my-data.delete.button"), click -> confirmDeletion());
        delete.setId("delete-account");
        delete.addThemeVariants(ButtonVariant.ERROR);
        section.add(delete);
        return section;
    }

    private String line(DeletionCheck.Blocking blocking) {
        var title = blocking.title().in(getLocale());
        var phase = getTranslation(blocking.phase().labelKey());
        return blocking.notBefore() == null ? getTranslation("my-data.delete.blocked.item", title, phase)
                : getTranslation("my-data.delete.blocked.item-date", title, phase, Almaty.date(blocking.notBefore()));
    }

    private void confirmDeletion() {
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("my-data.delete.confirm.title"));
        confirm.setText(getTranslation("my-data.delete.confirm.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("application.confirm.cancel"));
        confirm.setConfirmText(getTranslation("my-data.delete.button"));
        confirm.setConfirmButtonTheme(ButtonVariant.ERROR.getVariantName() + " " + ButtonVariant.PRIMARY.getVariantName());
        confirm.addConfirmListener(event -> stepUp.around(() -> {
            try {
                personalData.deleteMyAccount();
                authentication.logout();
            } catch (RefusedException refused) {
                Notifications.refused(this, refused);
            }
        }));
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-data.title") + " · " + getTranslation("app.name");
    }

}
