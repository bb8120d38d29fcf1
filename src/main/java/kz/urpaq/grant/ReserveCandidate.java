package kz.urpaq.grant;

import java.math.BigDecimal;

/** The next project of the ranking a declined grant may be offered to, as the grant policy allows. */
public record ReserveCandidate(long applicationId, String projectTitle, String holderName, int position,
                               BigDecimal score) {
}
