package kz.urpaq.grant;

/** One line of a competition's tranche schedule: a share of the grant in whole percent and what makes it due. */
public record TrancheShare(int percent, TrancheTrigger dueOn) {

    public TrancheShare {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("a tranche is 1 to 100 percent");
        }
    }
}
