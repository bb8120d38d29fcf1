package kz.urpaq.testing;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Each Spring context of the test JVM makes its own Vaadin-aware {@link SecurityContextHolderStrategy}
 * (with its own thread-local) and puts it into the static {@link SecurityContextHolder} when it
 * starts; the secured services of a context read only their own. When a test runs on a context
 * cached from before another one started, the holder is pointed back at this context's strategy:
 * otherwise a sign-in by {@code SystemTask}, {@code TestAccounts} or {@code @WithUserDetails} lands
 * where the services never look, and the test fails or passes depending on the order of classes.
 * Registered for every Spring test in {@code META-INF/spring.factories}.
 */
public class SecurityStrategyPerContext extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        align(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        align(testContext);
    }

    private static void align(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(strategy -> {
                    if (SecurityContextHolder.getContextHolderStrategy() != strategy) {
                        SecurityContextHolder.setContextHolderStrategy(strategy);
                    }
                });
    }
}
