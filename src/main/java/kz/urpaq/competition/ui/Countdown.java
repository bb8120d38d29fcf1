package kz.urpaq.competition.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Span;

import java.time.Duration;
import java.time.Instant;

/**
 * A live countdown to a deadline. The server renders the first value and the browser ticks it
 * each second, corrected by the offset between the server's clock and the browser's, so a
 * wrong phone clock does not show a wrong time left.
 */
class Countdown extends Span {

    private final Instant deadline;
    private final Instant serverNow;

    Countdown(Instant deadline, Instant serverNow) {
        this.deadline = deadline;
        this.serverNow = serverNow;
        addClassName("countdown");
        getElement().setAttribute("role", "timer");
        setText(format(Duration.between(serverNow, deadline)));
    }

    private String format(Duration left) {
        if (left.isNegative() || left.isZero()) {
            return getTranslation("countdown.closed");
        }
        return getTranslation("countdown.value", left.toDays(), left.toHoursPart(), left.toMinutesPart(),
                left.toSecondsPart());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs("""
                const el = this, end = $0, offset = $1 - Date.now(), pattern = $2, closed = $3;
                const tick = () => {
                  const ms = end - (Date.now() + offset);
                  if (ms <= 0) { el.textContent = closed; clearInterval(el._urpaqTimer); return; }
                  const s = Math.floor(ms / 1000);
                  el.textContent = pattern.replace('{0}', Math.floor(s / 86400))
                      .replace('{1}', Math.floor(s / 3600) % 24).replace('{2}', Math.floor(s / 60) % 60)
                      .replace('{3}', s % 60);
                };
                clearInterval(el._urpaqTimer);
                el._urpaqTimer = setInterval(tick, 1000);
                tick();
                """, deadline.toEpochMilli(), serverNow.toEpochMilli(), getTranslation("countdown.value"),
                getTranslation("countdown.closed"));
    }
}
