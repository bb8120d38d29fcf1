package kz.urpaq.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.urpaq.security.AccountSecurityEvent.Kind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

/**
 * Completes a sign-in with its second factor: the code page posts here, as the sign-in page posts
 * its password, under the same CSRF and cross-site checks. A right code (or recovery code) makes
 * the session signed in, under a new session id; a wrong one goes back to the code page with the
 * reason (docs/decisions/018-second-factor-and-step-up.md).
 */
@Controller
class SecondFactorController {

    /** The code page (a view), and where it posts. */
    static final String PAGE = "second-factor";
    static final String VERIFY_PATH = "/second-factor/verify";
    static final String RECOVERY_CODES_PAGE = "second-factor/recovery-codes";
    static final String REFUSAL = SecondFactorController.class.getName() + ".REFUSAL";
    static final String NEW_RECOVERY_CODES = SecondFactorController.class.getName() + ".NEW_RECOVERY_CODES";

    private final SecondFactors secondFactors;
    private final UserDetailsService userDetails;
    private final SecurityContextHolderStrategy contexts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

    SecondFactorController(SecondFactors secondFactors, UserDetailsService userDetails,
                           SecurityContextHolderStrategy contexts, ApplicationEventPublisher events,
                           Clock clock) {
        this.secondFactors = secondFactors;
        this.userDetails = userDetails;
        this.contexts = contexts;
        this.events = events;
        this.clock = clock;
    }

    @PostMapping(VERIFY_PATH)
    void verify(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var session = request.getSession(false);
        var pending = PendingSignIn.in(session, clock.instant()).orElse(null);
        if (session == null || pending == null) {
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        List<String> newRecoveryCodes;
        try {
            var enrolment = pending.enrolment();
            if (enrolment != null) {
                newRecoveryCodes = secondFactors.enrol(pending.accountId(), enrolment.secret(), code);
            } else {
                secondFactors.confirmCode(pending.accountId(), code);
                newRecoveryCodes = List.of();
            }
        } catch (InputRefusedException refused) {
            session.setAttribute(REFUSAL, refused.refusal());
            response.sendRedirect(request.getContextPath() + "/" + PAGE);
            return;
        }
        PendingSignIn.forget(session);
        AccountPrincipal principal;
        try {
            principal = (AccountPrincipal) userDetails.loadUserByUsername(pending.email());
        } catch (UsernameNotFoundException gone) {
            principal = null;
        }
        // Disabled, or its sessions ended (a new password, a reset factor) while the code was typed.
        if (principal == null || principal.accountId() != pending.accountId() || !principal.isEnabled()
                || principal.sessionStamp() != pending.sessionStamp()) {
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        request.changeSessionId();
        var context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                StepUp.authoritiesOf(principal, clock.instant())));
        contexts.setContext(context);
        contextRepository.saveContext(context, request, response);
        session.removeAttribute(REFUSAL);
        events.publishEvent(new AccountSecurityEvent(Kind.SIGNED_IN, principal.accountId(), principal.email(),
                request.getRemoteAddr()));
        if (!newRecoveryCodes.isEmpty()) {
            request.getSession().setAttribute(NEW_RECOVERY_CODES, new RecoveryCodesToShow(newRecoveryCodes,
                    pending.continueTo()));
            response.sendRedirect(request.getContextPath() + "/" + RECOVERY_CODES_PAGE);
            return;
        }
        response.sendRedirect(request.getContextPath() + pending.continueTo());
    }

    /** Recovery codes just made, shown once on the next page, and the page to go on to then. */
    record RecoveryCodesToShow(List<String> codes, String continueTo) implements java.io.Serializable {
    }
}
