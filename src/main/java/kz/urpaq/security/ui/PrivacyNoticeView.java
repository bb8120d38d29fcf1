package kz.urpaq.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.ui.Notifications;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.security.CurrentUser;
import kz.urpaq.security.PrivacyNotice;
import kz.urpaq.security.PrivacyNoticeService;

import java.time.format.DateTimeFormatter;

/**
 * The privacy notice (SPEC §15), in the reader's language, with its version and the day it took
 * effect. Anyone may read it; an applicant who has not accepted this version is sent here by
 * {@link PrivacyNoticeGate} at sign-in and finds the button that accepts it.
 */
@Route(PrivacyNoticeView.PATH)
@AnonymousAllowed
class PrivacyNoticeView extends Main implements HasDynamicTitle {

    static final String PATH = "privacy";
    private static final String[] SECTIONS = {"who", "what", "why", "where", "how-long", "minors", "rights", "breach"};

    PrivacyNoticeView(PrivacyNoticeService notices, CurrentUser currentUser) {
        addClassNames("applicant-view", "privacy-view");
        add(new ViewHeader(getTranslation("privacy.title"), getTranslation("privacy.lead",
                PrivacyNotice.CURRENT_VERSION, DateTimeFormatter.ofPattern("dd.MM.yyyy").format(PrivacyNotice.CURRENT_SINCE))));
        var mustAccept = currentUser.get().isPresent() && notices.mustAccept();
        if (mustAccept) {
            var explanation = new Paragraph(getTranslation("privacy.accept.explanation"));
            explanation.setId("privacy-accept-explanation");
            explanation.addClassName("privacy-accept-explanation");
            add(explanation);
        }
        for (var section : SECTIONS) {
            add(new H2(getTranslation("privacy.notice." + section)),
                    new Paragraph(getTranslation("privacy.notice." + section + ".text")));
        }
        if (mustAccept) {
            var accept = new Button(getTranslation("privacy.accept", PrivacyNotice.CURRENT_VERSION), click -> {
                try {
                    notices.accept(PrivacyNotice.CURRENT_VERSION);
                    UI.getCurrent().navigate("");
                } catch (RefusedException refused) {
                    Notifications.refused(this, refused);
                }
            });
            accept.setId("privacy-accept");
            accept.addThemeVariants(ButtonVariant.PRIMARY);
            add(accept);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title") + " · " + getTranslation("app.name");
    }
}
