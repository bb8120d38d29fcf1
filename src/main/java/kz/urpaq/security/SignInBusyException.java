package kz.urpaq.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in that waited too long for its turn to have its password checked: more people were signing in
 * at once than the processors could check in time ({@link QueuedPasswordEncoder}). Nothing was checked;
 * the person is asked to try again in a few seconds. Not an incident and not a failed attempt.
 */
public class SignInBusyException extends AuthenticationException {

    public SignInBusyException() {
        super("too many password checks at once; try again in a few seconds");
    }
}
