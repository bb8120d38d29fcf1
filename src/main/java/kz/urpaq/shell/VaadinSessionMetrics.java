package kz.urpaq.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many Vaadin sessions this instance holds in memory: what a sticky load balancer keeps on it,
 * and what a restart of it would make reload (signed in again from their session key, docs/decisions/031).
 */
@org.springframework.stereotype.Component
class VaadinSessionMetrics implements VaadinServiceInitListener {

    private final AtomicInteger active = new AtomicInteger();

    VaadinSessionMetrics(MeterRegistry registry) {
        Gauge.builder("urpaq.vaadin.sessions.active", active, AtomicInteger::get)
                .description("Vaadin sessions held in this instance's memory")
                .register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> active.incrementAndGet());
        event.getSource().addSessionDestroyListener(destroy -> active.decrementAndGet());
    }
}
