package kz.urpaq.competition;

/** An organiser's change that the server refuses, with a reason shown in their language. */
public class CompetitionRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public CompetitionRefusedException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
