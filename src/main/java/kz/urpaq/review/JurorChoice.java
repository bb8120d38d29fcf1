package kz.urpaq.review;

/** A juror account an administrator may put on a panel. */
public record JurorChoice(long jurorId, String displayName, String email) {
}
