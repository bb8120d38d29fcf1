package kz.urpaq.security;

import java.time.LocalDate;

/**
 * The privacy notice people accept (SPEC §15): its text is the {@code privacy.notice.*} keys in
 * three languages; a change to what it says is a new {@link #CURRENT_VERSION}, which every applicant
 * accepts again at their next sign-in before anything else (docs/decisions/030-personal-data.md).
 */
public final class PrivacyNotice {

    /** Raise it with every change to the notice's text that changes what people agree to. */
    public static final int CURRENT_VERSION = 1;

    /** The day the current version took effect, shown on the page. */
    public static final LocalDate CURRENT_SINCE = LocalDate.of(2026, 12, 5);

    private PrivacyNotice() {
    }

    /** Whether someone whose newest acceptance is of {@code acceptedVersion} (0 for none) must accept again. */
    public static boolean mustAccept(int acceptedVersion) {
        return acceptedVersion < CURRENT_VERSION;
    }
}
