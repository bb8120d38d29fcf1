package kz.urpaq.security;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * What the code page needs to know of a sign-in under way ({@link PendingSignIn}), read from the
 * current request's session: whose it is, whether a factor is being set up, why the last code was
 * refused. Nothing here signs anyone in; that is {@link SecondFactorController}'s, on a form post.
 */
@Component
public class SecondFactorSignIn {

    /** Where the code page's form posts. */
    public static final String VERIFY_PATH = SecondFactorController.VERIFY_PATH;
    public static final String CODE_PARAMETER = "code";

    private final Clock clock;

    SecondFactorSignIn(Clock clock) {
        this.clock = clock;
    }

    /**
     * A sign-in waiting for its code.
     *
     * @param enrolment the secret to set up, when the account has no factor yet
     * @param refusal why the last code was not taken, if it was not
     */
    public record Waiting(String email, SecondFactorService.@Nullable NewFactor enrolment,
                          Optional<Refusal> refusal) {
    }

    /** Recovery codes made at a set-up just now, and the page to go on to once they are put away. */
    public record NewRecoveryCodes(List<String> codes, String continueTo) {
    }

    public Optional<Waiting> waiting() {
        var session = session();
        return PendingSignIn.in(session, clock.instant()).map(pending -> new Waiting(pending.email(),
                pending.enrolment(), Optional.ofNullable(session == null ? null
                        : session.getAttribute(SecondFactorController.REFUSAL) instanceof Refusal refusal ? refusal : null)));
    }

    /** Leaves the sign-in under way: the password has to be typed again. */
    public void cancel() {
        var session = session();
        PendingSignIn.forget(session);
        if (session != null) {
            session.removeAttribute(SecondFactorController.REFUSAL);
        }
    }

    /** The recovery codes to show, once: taking them removes them from the session. */
    public Optional<NewRecoveryCodes> takeNewRecoveryCodes() {
        var session = session();
        if (session != null && session.getAttribute(SecondFactorController.NEW_RECOVERY_CODES)
                instanceof SecondFactorController.RecoveryCodesToShow shown) {
            session.removeAttribute(SecondFactorController.NEW_RECOVERY_CODES);
            return Optional.of(new NewRecoveryCodes(shown.codes(), shown.continueTo()));
        }
        return Optional.empty();
    }

    private static @Nullable HttpSession session() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getSession(false) : null;
    }
}
