package kz.urpaq.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Failures nobody planned for. The person who met one is shown a short code, never the
 * exception (its message may name tables and classes); the log gets the exception under the
 * same code, so a call to the organisers can be matched to it. Every such failure is recorded
 * here, whether on a page, in a click or at sign-in, so all codes look alike and land in one log.
 */
public final class Incidents {

    /** The log record's field (the MDC key) that holds the incident code. */
    public static final String MDC_KEY = "incident";

    private static final Logger log = LoggerFactory.getLogger(Incidents.class);

    private Incidents() {
    }

    /**
     * Logs the failure and returns its code.
     *
     * @param doing what was being done, for the operator reading the log ("while opening 'x'")
     */
    public static String record(String doing, Throwable failure) {
        var code = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).toUpperCase(Locale.ROOT);
        // A field of its own in structured (JSON) logs, so the code someone reads out on the phone is
        // found without searching the message text.
        try (var ignored = MDC.putCloseable(MDC_KEY, code)) {
            log.error("Incident {} {}", code, doing, failure);
        }
        return code;
    }
}
