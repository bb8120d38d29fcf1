package kz.urpaq.demo;

import org.aopalliance.intercept.MethodInterceptor;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Lets demo seeding walk a past competition through the real services: on the seeding thread,
 * and only while {@link #at} runs, every {@link Clock} bean reads the given instant. Every other
 * thread, and the seeding thread outside {@code at}, reads the clock unchanged. The wrapping
 * exists only where demo data does (never under {@code prod}), so no check of the services is
 * weakened for real users: docs/decisions/011-demo-data.md.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "urpaq.demo.enabled", havingValue = "true")
class DemoClock implements BeanPostProcessor {

    private static final ThreadLocal<@Nullable Instant> NOW = new ThreadLocal<>();

    /** Runs the task on this thread as if it were {@code instant}; nests, and restores what was before. */
    static <T> T at(Instant instant, Supplier<T> task) {
        var previous = NOW.get();
        NOW.set(instant);
        try {
            return task.get();
        } finally {
            if (previous == null) {
                NOW.remove();
            } else {
                NOW.set(previous);
            }
        }
    }

    static void at(Instant instant, Runnable task) {
        at(instant, () -> {
            task.run();
            return null;
        });
    }

    /** The instant this thread is living at, if it is seeding the past. */
    static @Nullable Instant override() {
        return NOW.get();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof Clock clock)) {
            return bean;
        }
        if (Modifier.isFinal(bean.getClass().getModifiers()) || !Modifier.isPublic(bean.getClass().getModifiers())) {
            return new Overridable(clock);
        }
        // A clock of its own type (the tests' movable clock) keeps its type for those who inject it by that type.
        var factory = new ProxyFactory(bean);
        factory.setProxyTargetClass(true);
        factory.addAdvice((MethodInterceptor) invocation -> {
            var now = NOW.get();
            return switch (invocation.getMethod().getName()) {
                case "instant" -> now != null ? now : invocation.proceed();
                case "millis" -> now != null ? Long.valueOf(now.toEpochMilli()) : invocation.proceed();
                case "withZone" -> new Overridable(Objects.requireNonNull((Clock) invocation.proceed()));
                default -> invocation.proceed();
            };
        });
        return factory.getProxy(bean.getClass().getClassLoader());
    }

    /** A clock that reads the seeding thread's instant when there is one, else its delegate. */
    static final class Overridable extends Clock {

        private final Clock delegate;

        Overridable(Clock delegate) {
            this.delegate = delegate;
        }

        @Override
        public ZoneId getZone() {
            return delegate.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new Overridable(delegate.withZone(zone));
        }

        @Override
        public Instant instant() {
            var now = NOW.get();
            return now != null ? now : delegate.instant();
        }

        @Override
        public long millis() {
            return instant().toEpochMilli();
        }
    }
}
