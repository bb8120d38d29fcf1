package kz.urpaq.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import kz.urpaq.security.CurrentUser;
import kz.urpaq.security.SessionLimits;
import org.springframework.stereotype.Component;

/** Puts a {@link SessionWatch} on every page opened by a signed-in person, whichever layout it has. */
@Component
class SessionWatchInstaller implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final SessionLimits limits;

    SessionWatchInstaller(CurrentUser currentUser, SessionLimits limits) {
        this.currentUser = currentUser;
        this.limits = limits;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            if (currentUser.get().isPresent()) {
                init.getUI().add(new SessionWatch(limits));
            }
        });
    }
}
