package kz.urpaq.audit;

import kz.urpaq.security.AccountSecurityEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Records sign-ins, failed and slowed sign-ins, password resets and changes, second-factor
 * changes and failed codes (domain.md §12).
 * Joins the transaction of the change when there is one (a password change commits with its
 * record); a sign-in has none, so it gets its own.
 */
@Component
class AccountSecurityAudit {

    private final AuditTrail trail;

    AccountSecurityAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    @Transactional
    void on(AccountSecurityEvent event) {
        var action = switch (event.kind()) {
            case SIGNED_IN -> AuditAction.SIGNED_IN;
            case SESSION_RESUMED -> AuditAction.SESSION_RESUMED;
            case SIGN_IN_FAILED -> AuditAction.SIGN_IN_FAILED;
            case SIGN_IN_SLOWED -> AuditAction.SIGN_IN_SLOWED;
            case PASSWORD_RESET_REQUESTED -> AuditAction.PASSWORD_RESET_REQUESTED;
            case PASSWORD_RESET -> AuditAction.PASSWORD_RESET;
            case PASSWORD_CHANGED -> AuditAction.PASSWORD_CHANGED;
            case SECOND_FACTOR_ENROLLED -> AuditAction.SECOND_FACTOR_ENROLLED;
            case SECOND_FACTOR_FAILED -> AuditAction.SECOND_FACTOR_FAILED;
            case SECOND_FACTOR_TURNED_OFF -> AuditAction.SECOND_FACTOR_TURNED_OFF;
            case SECOND_FACTOR_RESET -> AuditAction.SECOND_FACTOR_RESET;
            case RECOVERY_CODE_USED -> AuditAction.RECOVERY_CODE_USED;
            case RECOVERY_CODES_RENEWED -> AuditAction.RECOVERY_CODES_RENEWED;
            case STEP_UP_FAILED -> AuditAction.STEP_UP_FAILED;
            case PRIVACY_NOTICE_ACCEPTED -> AuditAction.PRIVACY_NOTICE_ACCEPTED;
        };
        var email = event.email();
        var details = Stream.of(email, event.clientAddress() == null ? null : "from " + event.clientAddress())
                .filter(Objects::nonNull).collect(Collectors.joining(" "));
        if (event.kind() == AccountSecurityEvent.Kind.SECOND_FACTOR_RESET) {
            // an administrator's act on another account: the trail names the administrator
            trail.record(action, AccountAccessAudit.SUBJECT, event.accountId(), null, null, null, details);
            return;
        }
        // Who typed the password or code is known only once it was right.
        var actedByOwner = switch (event.kind()) {
            case SIGNED_IN, SESSION_RESUMED, PASSWORD_RESET, PASSWORD_CHANGED, SECOND_FACTOR_ENROLLED, SECOND_FACTOR_TURNED_OFF,
                 RECOVERY_CODE_USED, RECOVERY_CODES_RENEWED, SECOND_FACTOR_RESET, PRIVACY_NOTICE_ACCEPTED -> true;
            case SIGN_IN_FAILED, SIGN_IN_SLOWED, PASSWORD_RESET_REQUESTED, SECOND_FACTOR_FAILED, STEP_UP_FAILED -> false;
        };
        trail.recordBy(actedByOwner ? event.accountId() : null,
                actedByOwner && email != null ? email : "anonymous", action, AccountAccessAudit.SUBJECT,
                event.accountId(), details.isEmpty() ? null : details);
    }
}
