package kz.urpaq.submission;

import kz.urpaq.competition.CompetitionAccess;
import kz.urpaq.security.CurrentUser;
import kz.urpaq.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * The text of one application for the rooms that follow it after the award (a grant's reports answer
 * its milestones, expected results and budget): to its applicant and to the administrators of its
 * competition; anyone else gets the empty answer of an application that does not exist.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ApplicationContents {

    private final ApplicationRepository applications;
    private final CurrentUser currentUser;
    private final CompetitionAccess access;

    ApplicationContents(ApplicationRepository applications, CurrentUser currentUser, CompetitionAccess access) {
        this.applications = applications;
        this.currentUser = currentUser;
        this.access = access;
    }

    public Optional<ApplicationContent> content(long applicationId) {
        return applications.findById(applicationId)
                .filter(a -> a.getApplicantId() == currentUser.require().accountId()
                        || currentUser.hasRole(Role.ADMIN) && access.administers(a.getCompetitionId()))
                .map(Application::content);
    }
}
