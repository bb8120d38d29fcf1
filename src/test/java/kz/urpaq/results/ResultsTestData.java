package kz.urpaq.results;

import kz.urpaq.review.AssignmentService;
import kz.urpaq.review.JuryPanelService;
import kz.urpaq.review.ReviewFixture;
import kz.urpaq.review.ScoreDraft;
import kz.urpaq.review.ScoreEntry;
import kz.urpaq.review.ScoreSheetService;
import kz.urpaq.security.SystemTask;
import kz.urpaq.testing.TestAccounts;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Submits score sheets through the jurors' own service, so results read what jurors really wrote. */
@Component
public class ResultsTestData {

    public static final String ADMIN = "admin@urpaq.local";

    private final ReviewFixture fixture;
    private final JuryPanelService panels;
    private final AssignmentService assignments;
    private final ScoreSheetService sheets;
    private final TestAccounts accounts;

    ResultsTestData(ReviewFixture fixture, JuryPanelService panels, AssignmentService assignments,
                    ScoreSheetService sheets, TestAccounts accounts) {
        this.fixture = fixture;
        this.panels = panels;
        this.assignments = assignments;
        this.sheets = sheets;
        this.accounts = accounts;
    }

    public record Juror(long id, String email) {
    }

    /** A juror of the direction, added to the panel. */
    public Juror juror(ReviewFixture.Setup setup, int direction) {
        var email = fixture.jurorEmail();
        long id = fixture.accountId(email);
        SystemTask.run(() -> panels.addMember(setup.id(), setup.panel(direction).directionId(), id, 50));
        return new Juror(id, email);
    }

    /** The juror scores the application (one score per criterion, in order) and submits; returns code → score. */
    public Map<String, Integer> submit(Juror juror, long applicationId, int... scores) {
        return submit(juror, applicationId, "", scores);
    }

    /** As {@link #submit(Juror, long, int...)}, with a comment to the applicant. */
    public Map<String, Integer> submit(Juror juror, long applicationId, String commentToApplicant, int... scores) {
        long assignmentId = SystemTask.run(() -> assignments.add(applicationId, juror.id())).assignmentId();
        var email = juror.email();
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        accounts.signInAs(email);
        try {
            var sheet = sheets.sheet(assignmentId);
            var entries = new ArrayList<ScoreEntry>();
            var byCode = new TreeMap<String, Integer>();
            for (int i = 0; i < scores.length; i++) {
                entries.add(new ScoreEntry(sheet.criteria().get(i).id(), scores[i], ""));
                byCode.put(sheet.criteria().get(i).code(), scores[i]);
            }
            sheets.submit(assignmentId, new ScoreDraft(sheet.version(), List.copyOf(entries), "", commentToApplicant));
            return byCode;
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * A competition in review, fully scored: direction 0 has three applications scored high to low
     * (the first with one comment to the applicant), direction 1 one application below the
     * minimum score (each juror comments "Әлсіз жоба"). All by one applicant.
     */
    public ReviewFixture.Setup scoredInTwoDirections() {
        var setup = fixture.build(new int[]{3, 1}, new int[]{0, 0}, 10);
        var jurors = List.of(juror(setup, 0), juror(setup, 0), juror(setup, 0));
        var first = setup.panel(0).applications();
        for (int a = 0; a < first.size(); a++) {
            for (int j = 0; j < jurors.size(); j++) {
                var comment = a == 0 && j == 1 ? GOOD_COMMENT : "";
                submit(jurors.get(j), first.get(a), comment, 9 - a, 9 - a, 8 - a, 8, 7);
            }
        }
        var low = List.of(juror(setup, 1), juror(setup, 1), juror(setup, 1));
        for (var juror : low) {
            submit(juror, setup.panel(1).applications().getFirst(), "Әлсіз жоба", 2, 3, 2, 1, 2);
        }
        return setup;
    }

    public static final String GOOD_COMMENT = "Жоба өте жақсы, бюджетті нақтылаңыз.";
}
