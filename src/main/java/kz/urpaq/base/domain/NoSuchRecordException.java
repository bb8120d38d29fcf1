package kz.urpaq.base.domain;

/**
 * A request for a record (a competition, an application…) by an id that names none. Opening a
 * page with such an id is a wrong address, not a failure: the router shows the not-found page
 * for it, and an action in a page shows the message as for any refusal.
 */
public class NoSuchRecordException extends RefusedException {

    public NoSuchRecordException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
