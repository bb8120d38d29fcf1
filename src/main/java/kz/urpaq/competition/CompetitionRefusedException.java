package kz.urpaq.competition;

import kz.urpaq.base.domain.RefusedException;

/** An organiser's change that the server refuses, with a reason shown in their language. */
public class CompetitionRefusedException extends RefusedException {

    public CompetitionRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
