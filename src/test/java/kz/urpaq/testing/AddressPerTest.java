package kz.urpaq.testing;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Gives the request that Spring's test support opens around each test a network address of its
 * own, so that each test counts as another visitor: the limits per network address
 * (docs/decisions/019-no-enumeration-and-throttling.md) never give attempts back while the test
 * clock stands still, and one address for the whole run would run out. Addresses come from
 * 172.16.0.0/12; tests that need a particular one set it themselves.
 */
public class AddressPerTest implements TestExecutionListener {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getRequest() instanceof MockHttpServletRequest request) {
            var n = NEXT.incrementAndGet();
            request.setRemoteAddr("172." + (16 + (n >> 16 & 15)) + "." + (n >> 8 & 255) + "." + (n & 255));
        }
    }
}
