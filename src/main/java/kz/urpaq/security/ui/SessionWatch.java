package kz.urpaq.security.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import kz.urpaq.security.SessionGuard;
import kz.urpaq.security.SessionLimits;

/**
 * Warns a signed-in person before their session ends idle (docs/domain.md §12), with a button to
 * stay. The page asks {@link SessionGuard#TIME_LEFT_PATH} how long is left — the session is shared by
 * every tab, so a tab cannot count on its own — and the asking is not activity. The warning is
 * built in the browser: a server component opened there would report back, and that report would
 * count as activity. When the session has ended the page reloads, which leads to sign-in.
 */
@Tag("urpaq-session-watch")
class SessionWatch extends Component {

    private static final String SCRIPT = """
            const watch = this;
            const [path, warnBefore, checkEvery, text, stay] = [$0, $1, $2, $3, $4];
            clearTimeout(watch.timer);
            const close = () => {
              watch.notice?.remove();
              watch.notice = undefined;
            };
            const warn = () => {
              if (watch.notice) return;
              const notice = document.createElement('vaadin-notification');
              notice.duration = 0;
              notice.position = 'middle';
              notice.renderer = root => {
                if (root.firstElementChild) return;
                const message = document.createElement('div');
                message.textContent = text;
                const button = document.createElement('vaadin-button');
                button.textContent = stay;
                button.setAttribute('theme', 'primary');
                button.addEventListener('click', () => watch.$server.stillHere().then(check));
                root.append(message, button);
              };
              document.body.append(notice);
              notice.opened = true;
              watch.notice = notice;
            };
            const check = async () => {
              clearTimeout(watch.timer);
              let left;
              try {
                const response = await fetch(path, {cache: 'no-store', credentials: 'same-origin'});
                if (response.status === 401) {
                  location.reload();
                  return;
                }
                left = await response.json();
              } catch (unreachable) {
                watch.timer = setTimeout(check, checkEvery * 1000);
                return;
              }
              if (left.idle <= warnBefore && left.idle < left.lifetime) warn(); else close();
              const moments = [left.idle - warnBefore, left.idle, left.lifetime].filter(seconds => seconds > 0);
              watch.timer = setTimeout(check, Math.max(1, Math.min(checkEvery, ...moments)) * 1000);
            };
            check();
            """;

    private final SessionLimits limits;

    SessionWatch(SessionLimits limits) {
        this.limits = limits;
    }

    /** Armed just before the first answer, when the page's language is settled. */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().beforeClientResponse(this, context -> {
            var warningBefore = limits.warningBefore();
            var minutes = Math.max(1, warningBefore.toMinutes());
            getElement().executeJs(SCRIPT, SessionGuard.TIME_LEFT_PATH, warningBefore.toSeconds(),
                    limits.checkEvery().toSeconds(), getTranslation("session.idle-warning", minutes),
                    getTranslation("session.stay-signed-in"));
        });
    }

    /** The person is still here: the request this call makes is the activity that keeps the session. */
    @ClientCallable
    private void stillHere() {
    }
}
