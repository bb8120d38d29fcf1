package kz.urpaq.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import kz.urpaq.security.CurrentUser;
import kz.urpaq.security.PrivacyNoticeService;
import org.springframework.stereotype.Component;

/**
 * Sends every page an applicant opens to {@link PrivacyNoticeView} while they have not accepted
 * the current version of the privacy notice (SPEC §15): a new version is accepted at the next
 * sign-in, before anything else. The sign-in page and the password change stay reachable.
 */
@Component
class PrivacyNoticeGate implements VaadinServiceInitListener {

    private final PrivacyNoticeService notices;
    private final CurrentUser currentUser;

    PrivacyNoticeGate(PrivacyNoticeService notices, CurrentUser currentUser) {
        this.notices = notices;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> uiEvent.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        var target = event.getNavigationTarget();
        if (target != PrivacyNoticeView.class && target != ChangePasswordView.class && target != LoginView.class
                && currentUser.get().isPresent() && notices.mustAccept()) {
            event.rerouteTo(PrivacyNoticeView.class);
        }
    }
}
