package kz.urpaq.testing;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/** Puts the shared test clock back to its start before each test, whatever the last test did. */
public class ClockReset implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(MutableClock.class)
                    .ifAvailable(clock -> clock.set(MutableClockConfiguration.START));
        }
    }
}
