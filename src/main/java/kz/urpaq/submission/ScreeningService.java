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
import kz.urpaq.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
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
    public static final int REVISION_NOTE_MAX_LENGTH = 2000;
    private static final List<ApplicationStatus> SCREENED = List.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.ELIGIBLE, ApplicationStatus.INELIGIBLE, ApplicationStatus.REVISION_REQUESTED);

    private final EntityManager entityManager;
    private final ApplicationRepository applications;
    private final ApplicantProfileService profiles;
    private final CompetitionService competitions;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final CompetitionAccess access;
    private final Versions versions;
    private final RevisionRequestRepository revisions;
    private final RevisionMail revisionMail;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final kz.urpaq.audit.AccessLog accessLog;

    ScreeningService(EntityManager entityManager, ApplicationRepository applications,
                     ApplicantProfileService profiles, CompetitionService competitions, AccountService accounts,
                     AuditTrail audit, ApplicationEventPublisher events, CompetitionAccess access, Versions versions,
                     RevisionRequestRepository revisions, RevisionMail revisionMail, CurrentUser currentUser,
                     Clock clock, kz.urpaq.audit.AccessLog accessLog) {
        this.accessLog = accessLog;
        this.access = access;
        this.versions = versions;
        this.revisions = revisions;
        this.revisionMail = revisionMail;
        this.currentUser = currentUser;
        this.clock = clock;
        this.entityManager = entityManager;
        this.applications = applications;
        this.profiles = profiles;
        this.competitions = competitions;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Submitted, eligible, ineligible and returned applications of a competition, oldest submission
     * first; a returned one whose revision deadline has passed is first put back to its last version.
     */
    @Transactional
    public List<ScreeningRow> search(long competitionId, ScreeningFilter filter, int offset, int limit) {
        var competition = competition(competitionId);
        versions.expireDue(applications.findByCompetitionIdAndStatus(competitionId, ApplicationStatus.REVISION_REQUESTED));
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
    @Transactional
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
            if (application.getStatus() == ApplicationStatus.REVISION_REQUESTED) {
                throw new ScreeningRefusedException("screening.refused.revision-open");
            }
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

    /**
     * Returns a submitted application to its applicant with what to fix and a revision deadline
     * (domain.md §13): only that application reopens, and only until the deadline. The version
     * screened so far is kept first, to compare with what comes back.
     */
    @Transactional
    public void requestRevision(long applicationId, String note, Instant deadline) {
        var application = screenable(applicationId, new java.util.HashMap<>());
        var text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw new ScreeningRefusedException("screening.refused.note-required");
        }
        if (text.length() > REVISION_NOTE_MAX_LENGTH) {
            throw new ScreeningRefusedException("screening.refused.note-too-long");
        }
        if (application.getStatus() == ApplicationStatus.REVISION_REQUESTED) {
            throw new ScreeningRefusedException("screening.refused.revision-open");
        }
        if (!deadline.isAfter(clock.instant())) {
            throw new ScreeningRefusedException("screening.refused.deadline-past");
        }
        versions.keepFirstIfNone(application);
        var before = application.getStatus();
        application.requestRevision(text, deadline);
        applications.saveAndFlush(application);
        revisions.save(new RevisionRequest(applicationId, application.getCompetitionId(), text, deadline,
                currentUser.get().map(p -> p.accountId()).orElse(null), clock.instant()));
        audit.record(AuditAction.REVISION_REQUESTED, "application", applicationId, application.getCompetitionId(),
                before.name(), ApplicationStatus.REVISION_REQUESTED.name(),
                text + " (" + kz.urpaq.base.domain.Almaty.dateTime(deadline) + ")");
        revisionMail.send(application);
    }

    /** The kept versions of an application, oldest first. */
    public List<VersionSummary> versions(long applicationId) {
        var application = visible(applicationId);
        return versions.list(java.util.Objects.requireNonNull(application.getId()));
    }

    /** What changed between two versions of an application, field by field, and its files added and removed. */
    public VersionDiff diff(long applicationId, int from, int to) {
        var application = visible(applicationId);
        var competition = competition(application.getCompetitionId());
        return versions.diff(applicationId, from, to, directionId -> competition.directions().stream()
                .filter(d -> d.id() == directionId).findFirst().map(d -> d.name().kk()).orElse(""));
    }

    /** The revision requests of an application, oldest first. */
    public List<RevisionSummary> revisions(long applicationId) {
        visible(applicationId);
        return revisions.findByApplicationIdOrderByIdAsc(applicationId).stream()
                .map(r -> new RevisionSummary(r.getNote(), r.getDeadline(), r.getRequestedAt(),
                        r.getOutcome() == null ? null : r.getOutcome().name())).toList();
    }

    /** Any application of a competition the caller administers, whatever its phase. */
    private Application visible(long applicationId) {
        return applications.findById(applicationId)
                .filter(a -> a.getReferenceNumber() != null && access.administers(a.getCompetitionId()))
                .orElseThrow(() -> new ScreeningRefusedException("screening.refused.not-found"));
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
        versions.expireIfDue(application);
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
