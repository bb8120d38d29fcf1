package kz.urpaq.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ErrorHandlerUtil;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import kz.urpaq.base.Incidents;
import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.ui.Notifications;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every session an error handler that tells the person when a click, a change or an upload
 * failed. Vaadin's default only logs, so a failed action looked like one that did nothing; a
 * failed navigation already gets {@link ServerErrorView}.
 */
@org.springframework.stereotype.Component
class ErrorNotices implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    /**
     * A refusal that no view caught is shown as the refusal it is. Anything else is an incident:
     * logged under a code that the notice shows. Either way, buttons that disabled themselves on
     * click are enabled again, since the answer they wait for will not come.
     */
    static final class Handler implements ErrorHandler {

        private static final Logger log = LoggerFactory.getLogger(ErrorNotices.class);
        private static final ErrorHandler VAADIN_DEFAULT = new DefaultErrorHandler();

        @Override
        public void error(ErrorEvent event) {
            var failure = event.getThrowable();
            // A closed connection or a dropped upload: nobody is left to tell, and Vaadin's default
            // keeps such noise out of the log.
            if (DefaultErrorHandler.SOCKET_EXCEPTIONS.contains(failure.getClass().getName())) {
                VAADIN_DEFAULT.error(event);
                return;
            }
            if (ErrorHandlerUtil.handleErrorByRedirectingToErrorView(failure)) {
                return;
            }
            var ui = UI.getCurrent();
            var refused = refusal(failure);
            if (refused != null) {
                log.warn("A refusal reached the error handler, not its view: {}", refused.messageKey()); // i18n-exempt
                show(ui, current -> Notifications.refused(current, refused));
                return;
            }
            var source = event.getComponent().map(c -> c.getClass().getName()).orElse("-");
            var code = Incidents.record("during an action on '" + where(ui) + "' (" + source + ")", failure); // i18n-exempt
            show(ui, current -> Notifications.error(current.getTranslation("error.action", code)));
        }

        private static @Nullable RefusedException refusal(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof RefusedException refused) {
                    return refused;
                }
            }
            return null;
        }

        private static String where(@Nullable UI ui) {
            return ui == null ? "" : ui.getInternals().getActiveViewLocation().getPathWithQueryParameters();
        }

        /** Outside a request of this UI (an upload's stream, say) the change waits for the session's lock. */
        private static void show(@Nullable UI ui, java.util.function.Consumer<UI> notice) {
            if (ui == null) {
                return;
            }
            Runnable command = () -> {
                notice.accept(ui);
                enableWaitingButtons(ui);
            };
            if (ui.getSession() != null && ui.getSession().hasLock()) {
                command.run();
            } else {
                ui.access(command::run);
            }
        }

        /**
         * Every disable-on-click button of the page that is disabled waits for an answer. The one
         * whose click failed is one of them, and so is one that opened a dialog whose confirmation
         * failed (the applicant's submit button), or whose click came from a keyboard shortcut.
         */
        static void enableWaitingButtons(Component root) {
            root.getChildren().forEach(child -> {
                if (child instanceof Button button && button.isDisableOnClick() && !button.isEnabled()
                        && button.getParent().map(parent -> parent.getElement().isEnabled()).orElse(true)) {
                    button.setEnabled(true);
                }
                enableWaitingButtons(child);
            });
        }
    }
}
