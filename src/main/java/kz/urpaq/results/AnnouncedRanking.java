package kz.urpaq.results;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The announced ranking of a competition, every ranked application included, for the grants room:
 * it offers a grant to each grant recipient and, after a decline, to the next project of the
 * reserve list. The caller checks who may see it (the grants room asks for an administrator of the
 * competition or runs as a system task).
 */
@Component
@Transactional(readOnly = true)
public class AnnouncedRanking {

    private final AnnouncedResultRepository announced;

    AnnouncedRanking(AnnouncedResultRepository announced) {
        this.announced = announced;
    }

    /** Per direction, best position first. */
    public List<AnnouncedEntry> ranking(long competitionId) {
        return announced.findByCompetitionIdOrderByDirectionIdAscPositionAsc(competitionId).stream()
                .map(r -> new AnnouncedEntry(r.getApplicationId(), r.getApplicantId(), r.getDirectionId(),
                        r.getPosition(), r.getScore(), r.getPlace(), r.isGrantAwarded(), r.getProjectTitle(),
                        r.getHolderName()))
                .toList();
    }
}
