package kz.urpaq.review;

import kz.urpaq.base.domain.LocalizedText;

import java.util.List;

/**
 * The jury panel of one direction: its jurors, and whether their caps can cover the reviews the
 * direction's eligible applications need.
 */
public record JuryPanel(long directionId, LocalizedText directionName, List<Seat> members, int eligibleApplications,
                        int reviewsNeeded) {

    /** A juror on the panel: cap, applications held (submitted included) and unfinished ones. */
    public record Seat(long jurorId, String displayName, String email, int cap, int load, int open,
                       JurorStatus status) {
    }

    /** The reviews the available jurors can take in all: the sum of their caps. */
    public int capacity() {
        return members.stream().filter(m -> m.status() == JurorStatus.AVAILABLE).mapToInt(Seat::cap).sum();
    }
}
