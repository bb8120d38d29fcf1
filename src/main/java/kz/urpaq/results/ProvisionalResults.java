package kz.urpaq.results;

import kz.urpaq.competition.CompetitionSetupService;
import kz.urpaq.competition.Phase;
import kz.urpaq.competition.PhaseChanged;
import kz.urpaq.review.SubmittedScores;
import kz.urpaq.submission.ApplicationDirectory;
import kz.urpaq.submission.ApplicationRef;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes down each applicant's provisional result (domain.md §13) when the competition enters
 * PRELIMINARY, in the organiser's transaction, and again after an upheld appeal changed it: the
 * position and score in the direction, the place and grant as finalised, and (if the competition
 * shows them) the jurors' comments to the applicant.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ProvisionalResults {

    private final ResultsService results;
    private final ApplicationDirectory applications;
    private final SubmittedScores scores;
    private final CompetitionSetupService setup;
    private final ProvisionalResultRepository provisional;

    ProvisionalResults(ResultsService results, ApplicationDirectory applications, SubmittedScores scores,
                       CompetitionSetupService setup, ProvisionalResultRepository provisional) {
        this.results = results;
        this.applications = applications;
        this.scores = scores;
        this.setup = setup;
        this.provisional = provisional;
    }

    @EventListener
    void onPhaseChanged(PhaseChanged event) {
        if (event.to() == Phase.PRELIMINARY) {
            write(event.competitionId());
        }
    }

    void write(long competitionId) {
        provisional.deleteByCompetition(competitionId);
        provisional.flush();
        var current = results.results(competitionId);
        var refs = applications.findAll(current.rows().stream().map(r -> r.computed().applicationId()).toList())
                .stream().collect(Collectors.toMap(ApplicationRef::applicationId, Function.identity()));
        var comments = setup.commentsToApplicants(competitionId)
                ? scores.commentsToApplicants(competitionId) : java.util.Map.<Long, List<String>>of();
        for (var direction : current.directions()) {
            for (var row : direction.rows()) {
                var ranked = row.computed();
                var ref = refs.get(ranked.applicationId());
                if (ref == null) {
                    continue;
                }
                provisional.save(new ProvisionalResult(competitionId, ranked.applicationId(), ref.applicantId(),
                        ranked.rank(), direction.rows().size(), ranked.score(), row.finalPlace(), row.finalGrant(),
                        String.join("\n", comments.getOrDefault(ranked.applicationId(), List.of()))));
            }
        }
        provisional.flush();
    }
}
