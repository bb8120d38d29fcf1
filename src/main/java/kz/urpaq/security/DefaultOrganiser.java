package kz.urpaq.security;

/**
 * The organiser that staff created without naming one belong to (the first administrator, demo
 * and test accounts): implemented by the organiser room, which owns organisers.
 */
public interface DefaultOrganiser {

    long id();
}
