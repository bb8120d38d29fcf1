package kz.urpaq.grant;

import java.math.BigDecimal;

/** What a guardian's link shows: whose agreement, for which project and how much. */
public record GuardianAgreement(String recipientName, String projectTitle, BigDecimal amount) {
}
