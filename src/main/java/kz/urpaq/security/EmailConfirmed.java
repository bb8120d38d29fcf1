package kz.urpaq.security;

/**
 * An account's address was confirmed for the first time, by its link, a reset or invitation
 * link, or an administrator. Published inside the confirming transaction: a listener's work
 * commits with it.
 */
public record EmailConfirmed(long accountId) {
}
