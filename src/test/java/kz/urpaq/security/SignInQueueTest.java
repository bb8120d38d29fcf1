package kz.urpaq.security;

import jakarta.servlet.http.HttpServletRequest;
import kz.urpaq.base.i18n.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in filter, the throttle and the password queue of the application, together: people who
 * sign in at once from one address wait in the queue and are counted only when their turn comes.
 */
@SpringBootTest
class SignInQueueTest {

    private static final String PASSWORD = "correct-horse-battery";

    @Autowired
    LoginThrottle throttle;

    @Autowired
    QueuedPasswordEncoder passwords;

    @Autowired
    AccountDetailsService userDetailsService;

    @Autowired
    AuthenticationEventPublisher eventPublisher;

    @Autowired
    AccountService accountService;

    @Test
    void a_room_of_people_behind_one_address_who_sign_in_at_once_are_not_taken_for_a_guesser() throws Exception {
        // More than the address's allowance of 20 attempts a minute, all started in the same instant.
        int people = 30;
        var address = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
        var emails = IntStream.range(0, people).mapToObj(i -> "room-" + UUID.randomUUID() + "@example.kz").toList();
        emails.forEach(email -> SystemTask.run(() -> accountService.create(email, PASSWORD, "Test Applicant",
                EnumSet.of(Role.APPLICANT), Language.KK)));
        var provider = new DaoAuthenticationProvider(userDetailsService);
        provider.setPasswordEncoder(passwords);
        var authentication = new ProviderManager(provider);
        authentication.setAuthenticationEventPublisher(eventPublisher);
        var refused = new ConcurrentLinkedQueue<String>();
        var signedIn = new AtomicInteger();
        var filter = new SignInThrottleFilter(throttle,
                (request, response, exception) -> refused.add(exception.getClass().getSimpleName()), passwords);

        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(people)) {
            var signIns = emails.stream().map(email -> pool.submit(() -> {
                var request = new MockHttpServletRequest("POST", "/login");
                request.setRemoteAddr(address);
                request.setParameter("username", email);
                start.await();
                filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
                    var token = UsernamePasswordAuthenticationToken.unauthenticated(email, PASSWORD);
                    token.setDetails(new WebAuthenticationDetails((HttpServletRequest) req));
                    authentication.authenticate(token);
                    signedIn.incrementAndGet();
                });
                return null;
            })).toList();
            start.countDown();
            for (var signIn : signIns) {
                signIn.get(2, TimeUnit.MINUTES);
            }
        }

        assertThat(refused).as("sign-ins answered as slowed or busy").isEmpty();
        assertThat(signedIn).hasValue(people);
    }
}
