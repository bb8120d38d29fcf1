package kz.urpaq.privacy;

import kz.urpaq.base.domain.LocalizedText;
import kz.urpaq.competition.Phase;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * Whether the signed-in applicant may delete their account now: not while an application they
 * submitted is in a competition that is not archived yet; each such competition is named with its
 * phase and the earliest day it can be archived (its review deadline, when it has one).
 */
public record DeletionCheck(List<Blocking> blocking) {

    public record Blocking(long competitionId, LocalizedText title, Phase phase, @Nullable Instant notBefore) {
    }

    public boolean allowed() {
        return blocking.isEmpty();
    }
}
