package kz.urpaq.results;

import kz.urpaq.applicant.ApplicantProfileService;
import kz.urpaq.audit.AuditAction;
import kz.urpaq.audit.AuditTrail;
import kz.urpaq.competition.CompetitionSetupService;
import kz.urpaq.competition.Phase;
import kz.urpaq.competition.PhaseChanged;
import kz.urpaq.review.SubmittedScores;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.AccountSummary;
import kz.urpaq.submission.ApplicationDirectory;
import kz.urpaq.submission.ApplicationRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The announcement (domain.md §4): when a competition moves to ANNOUNCED, in the same transaction,
 * the finalised results are written down as they are published — each ranked application's
 * position, score, place and grant, the project title, the holder's name and district, and (if
 * the competition allows) the jurors' comments to the applicant. The public page and the
 * applicants' pages read only this; the move is audited as RESULTS_ANNOUNCED and the applicants
 * are told by e-mail after it commits ({@link AnnouncementMail}).
 */
@Component
class Announcement {

    private final ResultsService results;
    private final ApplicationDirectory applications;
    private final AccountService accounts;
    private final ApplicantProfileService profiles;
    private final SubmittedScores scores;
    private final CompetitionSetupService setup;
    private final AnnouncedResultRepository announced;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Announcement(ResultsService results, ApplicationDirectory applications, AccountService accounts,
                 ApplicantProfileService profiles, SubmittedScores scores, CompetitionSetupService setup,
                 AnnouncedResultRepository announced, AuditTrail audit, ApplicationEventPublisher events,
                 Clock clock) {
        this.results = results;
        this.applications = applications;
        this.accounts = accounts;
        this.profiles = profiles;
        this.scores = scores;
        this.setup = setup;
        this.announced = announced;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void onPhaseChanged(PhaseChanged event) {
        if (event.to() != Phase.ANNOUNCED || announced.existsByCompetitionId(event.competitionId())) {
            return;
        }
        var competitionId = event.competitionId();
        var finalResults = results.results(competitionId);
        var refs = applications.findAll(finalResults.rows().stream().map(r -> r.computed().applicationId()).toList())
                .stream().collect(Collectors.toMap(ApplicationRef::applicationId, Function.identity()));
        var applicantIds = refs.values().stream().map(ApplicationRef::applicantId).collect(Collectors.toSet());
        var names = accounts.findAllById(applicantIds).stream()
                .collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName));
        var districts = profiles.districts(applicantIds);
        var comments = setup.commentsToApplicants(competitionId)
                ? scores.commentsToApplicants(competitionId) : java.util.Map.<Long, List<String>>of();
        var now = clock.instant();
        var awarded = 0;
        for (var direction : finalResults.directions()) {
            for (var row : direction.rows()) {
                var ranked = row.computed();
                var ref = refs.get(ranked.applicationId());
                if (ref == null) {
                    throw new IllegalStateException("ranked application " + ranked.applicationId() + " not found");
                }
                var district = districts.get(ref.applicantId());
                announced.save(new AnnouncedResult(competitionId, ranked.applicationId(), ref.applicantId(),
                        direction.directionId(), ranked.rank(), direction.rows().size(), ranked.score(),
                        row.finalPlace(), row.finalGrant(), ref.title(), names.getOrDefault(ref.applicantId(), ""),
                        district == null ? null : district.name(),
                        now, comments.getOrDefault(ranked.applicationId(), List.of())));
                if (row.finalPlace() != null || row.finalGrant()) {
                    awarded++;
                }
            }
        }
        announced.flush();
        var snapshot = finalResults.snapshot();
        audit.record(AuditAction.RESULTS_ANNOUNCED, "competition", competitionId, competitionId,
                snapshot == null ? null : snapshot.sha256(), null,
                finalResults.rows().size() + " ranked, " + awarded + " awarded");
        events.publishEvent(new ResultsAnnounced(competitionId));
    }
}
