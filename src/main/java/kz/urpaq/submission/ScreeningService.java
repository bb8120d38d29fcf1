package kz.urpaq.submission;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import kz.urpaq.applicant.ApplicantProfile;
import kz.urpaq.applicant.ApplicantProfileService;
import kz.urpaq.applicant.ApplicantProfileSummary;
import kz.urpaq.audit.AuditAction;
import kz.urpaq.audit.AuditTrail;
import kz.urpaq.competition.CompetitionAccess;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.competition.Phase;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.AccountSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Screening (domain.md §4): organisers read each submitted application and mark it eligible or not,
 * with a reason the applicant reads on their status page and in a mail. Only while the
 * competition is in SCREENING; every decision is audited.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional(readOnly = true)
public class ScreeningService {

    public static final int REASON_MAX_LENGTH = 1000;
    private static final List<ApplicationStatus> SCREENED = List.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.ELIGIBLE, ApplicationStatus.INELIGIBLE);

    private final EntityManager entityManager;
    private final ApplicationRepository applications;
    private final ApplicantProfileService profiles;
    private final CompetitionService competitions;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final CompetitionAccess access;
    private final kz.urpaq.audit.AccessLog accessLog;

    ScreeningService(EntityManager entityManager, ApplicationRepository applications,
                     ApplicantProfileService profiles, CompetitionService competitions, AccountService accounts,
                     AuditTrail audit, ApplicationEventPublisher events, CompetitionAccess access,
                     kz.urpaq.audit.AccessLog accessLog) {
        this.accessLog = accessLog;
        this.access = access;
        this.entityManager = entityManager;
        this.applications = applications;
        this.profiles = profiles;
        this.competitions = competitions;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
    }

    /** Submitted, eligible and ineligible applications of a competition, oldest submission first. */
    public List<ScreeningRow> search(long competitionId, ScreeningFilter filter, int offset, int limit) {
        var competition = competition(competitionId);
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Application.class);
        var application = query.from(Application.class);
        var where = new ArrayList<Predicate>();
        where.add(cb.equal(application.get("competitionId"), competitionId));
        where.add(filter.status() != null ? cb.equal(application.get("status"), filter.status())
                : application.get("status").in(SCREENED));
        if (filter.directionId() != null) {
            where.add(cb.equal(application.get("directionId"), filter.directionId()));
        }
        if (filter.titleText() != null && !filter.titleText().isBlank()) {
            where.add(cb.like(cb.lower(application.get("title")),
                    "%" + filter.titleText().strip().toLowerCase(Locale.ROOT) + "%"));
        }
        if (filter.district() != null || filter.minAge() != null || filter.maxAge() != null) {
            var applicants = query.subquery(Long.class);
            var profile = applicants.from(ApplicantProfile.class);
            var about = new ArrayList<Predicate>();
            if (filter.district() != null) {
                about.add(cb.equal(profile.get("district"), filter.district()));
            }
            var onDate = deadlineDate(competition);
            if (filter.minAge() != null) {
                about.add(cb.lessThanOrEqualTo(profile.get("birthDate"), onDate.minusYears(filter.minAge())));
            }
            if (filter.maxAge() != null) {
                about.add(cb.greaterThan(profile.get("birthDate"), onDate.minusYears(filter.maxAge() + 1L)));
            }
            applicants.select(profile.get("accountId")).where(about.toArray(Predicate[]::new));
            where.add(application.get("applicantId").in(applicants));
        }
        query.where(where.toArray(Predicate[]::new));
        query.orderBy(cb.asc(application.get("submittedAt")), cb.asc(application.get("id")));
        var found = entityManager.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList();
        return rows(found, competition);
    }

    private List<ScreeningRow> rows(List<Application> found, CompetitionOverview competition) {
        var applicantIds = found.stream().map(Application::getApplicantId).collect(Collectors.toSet());
        Map<Long, AccountSummary> names = accounts.findAllById(applicantIds).stream()
                .collect(Collectors.toMap(AccountSummary::id, Function.identity()));
        Map<Long, ApplicantProfileSummary> byAccount = profiles.profiles(applicantIds);
        var onDate = deadlineDate(competition);
        return found.stream().map(a -> {
            var profile = byAccount.get(a.getApplicantId());
            var direction = competition.directions().stream()
                    .filter(d -> a.content().directionId() != null && d.id() == a.content().directionId())
                    .findFirst().map(CompetitionOverview.DirectionView::name).orElse(null);
            var account = names.get(a.getApplicantId());
            return new ScreeningRow(a.getId(), a.getReferenceNumber(), a.content().title(), direction,
                    account == null ? "" : account.displayName(), profile == null ? null : profile.district(),
                    profile == null ? null : Period.between(profile.birthDate(), onDate).getYears(),
                    a.getStatus(), a.getSubmittedAt(), a.getScreeningReason());
        }).toList();
    }

    /** One application whole, for reading before the decision. */
    public ApplicationContent content(long applicationId) {
        var application = screenable(applicationId, new java.util.HashMap<>());
        accessLog.read(kz.urpaq.audit.AuditAction.APPLICATION_READ, applicationId, application.getApplicantId(),
                application.getCompetitionId(), "application");
        return application.content();
    }

    /** Marks one application; an ineligible one needs a reason. */
    @Transactional
    public void decide(long applicationId, boolean eligible, String reason) {
        decideAll(List.of(applicationId), eligible, reason);
    }

    /** Marks several applications at once with the same decision and reason; returns how many. */
    @Transactional
    public int decideAll(Collection<Long> applicationIds, boolean eligible, String reason) {
        var text = reason == null ? "" : reason.strip();
        if (!eligible && text.isEmpty()) {
            throw new ScreeningRefusedException("screening.refused.reason-required");
        }
        if (text.length() > REASON_MAX_LENGTH) {
            throw new ScreeningRefusedException("screening.refused.reason-too-long");
        }
        int decided = 0;
        var administered = new java.util.HashMap<Long, Boolean>(); // one scope check per competition
        for (var id : applicationIds) {
            var application = screenable(id, administered);
            var before = application.getStatus();
            application.decideEligibility(eligible, text);
            applications.save(application);
            audit.record(AuditAction.ELIGIBILITY_DECIDED, "application", id, application.getCompetitionId(),
                    before.name(), application.getStatus().name(), text.isEmpty() ? null : text);
            if (before != application.getStatus()) {
                events.publishEvent(new EligibilityDecided(id, application.getApplicantId(), eligible));
            }
            decided++;
        }
        return decided;
    }

    private Application screenable(long applicationId, java.util.Map<Long, Boolean> administered) {
        var application = applications.findById(applicationId)
                .filter(a -> SCREENED.contains(a.getStatus()))
                .filter(a -> administered.computeIfAbsent(a.getCompetitionId(), access::administers))
                .orElseThrow(() -> new ScreeningRefusedException("screening.refused.not-found"));
        var competition = competition(application.getCompetitionId());
        if (competition.phase() != Phase.SCREENING) {
            throw new ScreeningRefusedException("screening.refused.phase");
        }
        return application;
    }

    private CompetitionOverview competition(long competitionId) {
        return competitions.findById(competitionId).filter(c -> access.administers(competitionId))
                .orElseThrow(() -> new ScreeningRefusedException("screening.refused.not-found"));
    }

    private static LocalDate deadlineDate(CompetitionOverview competition) {
        return competition.submissionDeadline() == null ? LocalDate.now()
                : kz.urpaq.base.domain.Almaty.at(competition.submissionDeadline()).toLocalDate();
    }
}
