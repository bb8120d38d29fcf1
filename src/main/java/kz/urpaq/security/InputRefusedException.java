package kz.urpaq.security;

/** A service refused what a person typed; forms show {@link #refusal()} at its field. */
public class InputRefusedException extends RuntimeException {

    private final Refusal refusal;

    public InputRefusedException(Refusal refusal) {
        super(refusal.field() + ": " + refusal.messageKey(), null, false, false);
        this.refusal = refusal;
    }

    public InputRefusedException(String field, String messageKey, Object... args) {
        this(Refusal.of(field, messageKey, args));
    }

    public Refusal refusal() {
        return refusal;
    }
}
