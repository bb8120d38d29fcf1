package kz.urpaq.base.domain;

/**
 * Something the server refuses to do, said as a translation key and the values its message
 * names; views show {@code getTranslation(messageKey(), arguments())}. Features extend it with
 * their own reasons.
 */
public abstract class RefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    protected RefusedException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    /** The values the message names, in the order of its placeholders. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
