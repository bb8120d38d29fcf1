package kz.urpaq.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * On SIGTERM, keeps serving for {@code urpaq.shutdown.drain-delay} after readiness went down, before
 * the web server's graceful shutdown stops taking requests. The management port (a child context)
 * closes at once, so the load balancer's health checks fail and it stops sending new people here;
 * requests it had already sent, and those of people still stuck to this instance, are served
 * meanwhile instead of meeting a closed port. Measured in docs/benchmarks.md ("Rolling restart").
 */
@Component
class ShutdownDrain implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ShutdownDrain.class);

    private final ApplicationContext context;
    private final Duration delay;
    private volatile boolean running;

    ShutdownDrain(ApplicationContext context, @Value("${urpaq.shutdown.drain-delay:0s}") Duration delay) {
        this.context = context;
        this.delay = delay;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (delay.isZero()) {
            return;
        }
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        log.info("Shutting down: not ready; still serving for {} while the load balancer notices", delay);
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped first: before the web server's graceful shutdown (a lower phase). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
