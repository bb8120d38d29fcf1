package kz.urpaq.submission;

import kz.urpaq.competition.ApplicationDrafts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class CompetitionDrafts implements ApplicationDrafts {

    private final ApplicationRepository applications;

    CompetitionDrafts(ApplicationRepository applications) {
        this.applications = applications;
    }

    @Override
    @Transactional(readOnly = true)
    public long count(long competitionId) {
        return applications.countByCompetitionIdAndStatus(competitionId, ApplicationStatus.DRAFT);
    }

    @Override
    @Transactional(readOnly = true)
    public long started(long competitionId) {
        return applications.countByCompetitionId(competitionId);
    }
}
