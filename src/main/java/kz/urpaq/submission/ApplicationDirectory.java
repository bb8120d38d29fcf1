package kz.urpaq.submission;

import jakarta.persistence.EntityManager;
import kz.urpaq.competition.CompetitionAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Read-only look-ups of applications for other features (reviewer assignment), so that they never
 * reach into this package's repositories. Administrators of the competition's organiser only.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional(readOnly = true)
public class ApplicationDirectory {

    private static final String SELECT_REF = "select new kz.urpaq.submission.ApplicationRef(a.id, a.competitionId, "
            + "a.directionId, a.applicantId, a.title, a.referenceNumber, a.status) from Application a ";

    private final EntityManager entityManager;
    private final CompetitionAccess access;

    ApplicationDirectory(EntityManager entityManager, CompetitionAccess access) {
        this.entityManager = entityManager;
        this.access = access;
    }

    /** The competition's eligible applications that name a direction, oldest id first. */
    public List<ApplicationRef> eligible(long competitionId) {
        access.requireAdministered(competitionId);
        return entityManager.createQuery(SELECT_REF + "where a.competitionId = :competition and a.status = :status "
                        + "and a.directionId is not null order by a.id", ApplicationRef.class)
                .setParameter("competition", competitionId)
                .setParameter("status", ApplicationStatus.ELIGIBLE)
                .getResultList();
    }

    /**
     * Everyone who has an application in the competition, in any state (a draft or a withdrawn
     * application included): none of them may review in it.
     */
    public Set<Long> applicantIds(long competitionId) {
        access.requireAdministered(competitionId);
        return new TreeSet<>(entityManager.createQuery(
                        "select distinct a.applicantId from Application a where a.competitionId = :competition",
                        Long.class)
                .setParameter("competition", competitionId)
                .getResultList());
    }

    /** When each eligible application of the competition was submitted (the last tie-break, domain.md §7). */
    public java.util.Map<Long, java.time.Instant> submittedAt(long competitionId) {
        access.requireAdministered(competitionId);
        var found = new java.util.TreeMap<Long, java.time.Instant>();
        entityManager.createQuery("select a.id, a.submittedAt from Application a where a.competitionId = :competition "
                        + "and a.status = :status and a.submittedAt is not null", Object[].class)
                .setParameter("competition", competitionId)
                .setParameter("status", ApplicationStatus.ELIGIBLE)
                .getResultList().forEach(row -> found.put((Long) row[0], (java.time.Instant) row[1]));
        return found;
    }

    public Optional<ApplicationRef> find(long applicationId) {
        return entityManager.createQuery(SELECT_REF + "where a.id = :id", ApplicationRef.class)
                .setParameter("id", applicationId)
                .getResultStream().findFirst().filter(ref -> access.administers(ref.competitionId()));
    }

    public List<ApplicationRef> findAll(Collection<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return List.of();
        }
        var refs = entityManager.createQuery(SELECT_REF + "where a.id in :ids order by a.id", ApplicationRef.class)
                .setParameter("ids", Set.copyOf(applicationIds))
                .getResultList();
        // one check per competition, not per application (a juror's list holds dozens of one round)
        var administered = refs.stream().map(ApplicationRef::competitionId).distinct().filter(access::administers)
                .collect(java.util.stream.Collectors.toSet());
        return refs.stream().filter(ref -> administered.contains(ref.competitionId())).toList();
    }
}
