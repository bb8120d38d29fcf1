package kz.urpaq.security;

import org.springframework.security.core.AuthenticationException;

/** A sign-in held back before its password was checked: too many failed lately (see {@link LoginThrottle}). */
public class SignInSlowedException extends AuthenticationException {

    public SignInSlowedException() {
        super("too many failed sign-ins; wait before trying again");
    }
}
