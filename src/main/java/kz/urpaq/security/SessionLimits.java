package kz.urpaq.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long a signed-in session lives (docs/domain.md §12), set by {@code urpaq.session.*}.
 *
 * @param idleTimeout   without a request of the person's own (Vaadin's heartbeat does not count), the
 *                      session ends after this long; the servlet container's timeout is set to the same
 * @param lifetime      however active, a session ends this long after its sign-in
 * @param warningBefore the page warns this long before either end
 * @param checkEvery    how often an open page asks how much time is left, at most
 */
@ConfigurationProperties("urpaq.session")
public record SessionLimits(@DefaultValue("30m") Duration idleTimeout,
                            @DefaultValue("12h") Duration lifetime,
                            @DefaultValue("2m") Duration warningBefore,
                            @DefaultValue("1m") Duration checkEvery) {
}
