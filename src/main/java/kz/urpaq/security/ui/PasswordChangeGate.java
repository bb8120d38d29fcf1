package kz.urpaq.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Sends every page a signed-in person opens to {@link ChangePasswordView} while their account
 * must change its password (the first administrator's, given by the environment); the sign-in
 * page stays reachable so that they can leave.
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    private final AccountService accounts;
    private final CurrentUser currentUser;

    PasswordChangeGate(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> uiEvent.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        var target = event.getNavigationTarget();
        if (target != ChangePasswordView.class && target != LoginView.class && currentUser.get().isPresent()
                && accounts.mustChangePassword()) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
