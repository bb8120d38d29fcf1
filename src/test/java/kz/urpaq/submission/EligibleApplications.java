package kz.urpaq.submission;

import org.springframework.stereotype.Component;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Test data for features after screening: applications that are already eligible in a direction,
 * saved straight through the repository (screening is another feature's work).
 */
@Component
public class EligibleApplications {

    private final ApplicationRepository applications;
    private final Clock clock;

    EligibleApplications(ApplicationRepository applications, Clock clock) {
        this.applications = applications;
        this.clock = clock;
    }

    /** {@code count} eligible applications of one applicant in the direction; their ids, ascending. */
    @Transactional
    public List<Long> eligible(long competitionId, long directionId, long applicantId, int count) {
        var saved = new ArrayList<Long>();
        for (int i = 0; i < count; i++) {
            saved.add(save(competitionId, directionId, applicantId, ApplicationStatus.ELIGIBLE));
        }
        return saved;
    }

    /** One application in any status, e.g. a juror's own draft in the competition. */
    @Transactional
    public long save(long competitionId, long directionId, long applicantId, ApplicationStatus status) {
        var now = clock.instant();
        var application = new Application(competitionId, applicantId, now);
        ReflectionTestUtils.setField(application, "directionId", directionId);
        ReflectionTestUtils.setField(application, "title", "Жоба " + applicantId + "-" + System.nanoTime());
        ReflectionTestUtils.setField(application, "status", status);
        if (status != ApplicationStatus.DRAFT) {
            ReflectionTestUtils.setField(application, "referenceNumber",
                    "T-" + String.format("%06d", applications.nextReferenceNumber()));
            ReflectionTestUtils.setField(application, "submittedAt", now);
        }
        return applications.save(application).getId();
    }

    /** Changes the status of a saved application, e.g. eligible ones found ineligible later. */
    @Transactional
    public void changeStatus(long applicationId, ApplicationStatus status) {
        var application = applications.findById(applicationId).orElseThrow();
        ReflectionTestUtils.setField(application, "status", status);
    }

    /** Gives a saved application a project text and a team, as its applicant would have written them. */
    @Transactional
    public void describe(long applicationId, String summary, List<TeamMember> team) {
        var application = applications.findById(applicationId).orElseThrow();
        var content = application.content();
        var status = application.getStatus();
        ReflectionTestUtils.setField(application, "status", ApplicationStatus.DRAFT);
        application.edit(new ApplicationContent(content.directionId(), content.title(), summary, "Өзектілігі",
                "Мақсаты", "Нәтижесі", "Жастар", "Талғар", "", List.of(), team,
                List.of(new BudgetLine("Құрал", 2, 5000))), clock.instant());
        ReflectionTestUtils.setField(application, "status", status);
    }
}
