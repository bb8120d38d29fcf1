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
            sheets.submit(assignmentId, new ScoreDraft(sheet.version(), List.copyOf(entries), "", ""));
            return byCode;
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }
}
