package kz.urpaq.security;

import kz.urpaq.base.domain.RefusedException;

/** A service refused what a person typed; forms show {@link #refusal()} at its field. */
public class InputRefusedException extends RefusedException {

    private final Refusal refusal;

    public InputRefusedException(Refusal refusal) {
        super(refusal.messageKey(), refusal.argsArray());
        this.refusal = refusal;
    }

    public InputRefusedException(String field, String messageKey, Object... args) {
        this(Refusal.of(field, messageKey, args));
    }

    public Refusal refusal() {
        return refusal;
    }
}
