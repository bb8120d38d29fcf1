package kz.urpaq.submission;

import kz.urpaq.applicant.District;
import kz.urpaq.applicant.Iin;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.competition.CompetitionAccess;
import kz.urpaq.security.StaffScope;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Counts of a competition's applications for the organisers' dashboard, each from one SQL
 * aggregate (docs/decisions/027-dashboard-figures.md): no application is loaded. The SQL is plain
 * enough for PostgreSQL and the embedded H2 alike: days are made in Java from hours, sexes and
 * birth dates from the IIN's first seven digits.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional(readOnly = true)
public class ApplicationStatistics {

    /** What the organisers have received: submitted, and not withdrawn since. */
    static final Set<ApplicationStatus> RECEIVED = Set.of(ApplicationStatus.SUBMITTED, ApplicationStatus.ELIGIBLE,
            ApplicationStatus.INELIGIBLE);
    private static final String RECEIVED_SQL = "('SUBMITTED', 'ELIGIBLE', 'INELIGIBLE')";
    private static final long HOUR_SECONDS = 3600;
    /** The UTC hour of the submission, counted from the epoch; null for an application never submitted. */
    private static final String HOUR = "floor(extract(epoch from submitted_at) / " + HOUR_SECONDS + ")";

    private final JdbcClient jdbc;
    private final CompetitionAccess access;
    private final StaffScope scope;
    private final java.time.Clock clock;

    ApplicationStatistics(JdbcClient jdbc, CompetitionAccess access, StaffScope scope, java.time.Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.access = access;
        this.scope = scope;
    }

    /** Everything the dashboard counts about the competition's applications. */
    public ApplicationFigures figures(long competitionId) {
        var competition = access.requireAdministered(competitionId);
        var until = competition.submissionDeadline() == null ? clock.instant() : competition.submissionDeadline();
        var registered = scope.applicantsKnownBefore(competition.organiserId(), until);

        // One scan of the competition's applications: by state, direction and hour of submission.
        var byStatus = new EnumMap<ApplicationStatus, Long>(ApplicationStatus.class);
        var byDirection = new LinkedHashMap<Long, Long>();
        var days = new TreeMap<LocalDate, Long>();
        jdbc.sql("select status, direction_id, " + HOUR + ", count(*) from application where competition_id = :id "
                        + "group by status, direction_id, " + HOUR)
                .param("id", competitionId)
                .query((RowCallbackHandler) row -> {
                    var status = ApplicationStatus.valueOf(row.getString(1));
                    var direction = row.getLong(2);
                    var noDirection = row.wasNull();
                    var hour = row.getLong(3);
                    var notSubmitted = row.wasNull();
                    var count = row.getLong(4);
                    byStatus.merge(status, count, Long::sum);
                    if (RECEIVED.contains(status)) {
                        if (!noDirection) {
                            byDirection.merge(direction, count, Long::sum);
                        }
                        if (!notSubmitted) {
                            days.merge(dayOf(hour), count, Long::sum);
                        }
                    }
                });

        // One join with the profiles: by district and by the IIN's first seven digits.
        var byDistrict = new EnumMap<District, Long>(District.class);
        var districtNames = Arrays.stream(District.values()).map(District::name).toList();
        var byBirth = new HashMap<Iin.BirthAndSex, Long>();
        jdbc.sql("select p.district, substring(p.iin, 1, 7), count(*) from application a "
                        + "join applicant_profile p on p.account_id = a.applicant_id "
                        + "where a.competition_id = :id and a.status in " + RECEIVED_SQL
                        + " group by p.district, substring(p.iin, 1, 7)")
                .param("id", competitionId)
                .query((RowCallbackHandler) row -> {
                    var name = row.getString(1);
                    var count = row.getLong(3);
                    if (districtNames.contains(name)) {
                        byDistrict.merge(District.valueOf(name), count, Long::sum);
                    }
                    Iin.birthAndSex(row.getString(2)).ifPresent(b -> byBirth.merge(b, count, Long::sum));
                });
        var born = new ArrayList<ApplicationFigures.BornOn>();
        byBirth.forEach((b, count) -> born.add(new ApplicationFigures.BornOn(b.birthDate(), b.female(), count)));
        born.sort(java.util.Comparator.comparing(ApplicationFigures.BornOn::birthDate)
                .thenComparing(ApplicationFigures.BornOn::female));

        return new ApplicationFigures(registered, byStatus, byDirection, byDistrict, List.copyOf(born), days);
    }

    /**
     * The received applications by the Almaty-time day of their submission (a reopened and
     * submitted again application counts on the day of its last submission).
     */
    public SortedMap<LocalDate, Long> receivedPerDay(long competitionId) {
        access.requireAdministered(competitionId);
        return perDay(competitionId);
    }

    /**
     * Counted by hour in SQL and added up by day here: every offset Almaty has had is a whole number
     * of hours, and no SQL date function works alike in PostgreSQL and H2.
     */
    private SortedMap<LocalDate, Long> perDay(long competitionId) {
        var days = new TreeMap<LocalDate, Long>();
        jdbc.sql("select " + HOUR + ", count(*) from application where competition_id = :id and status in "
                        + RECEIVED_SQL + " and submitted_at is not null group by " + HOUR)
                .param("id", competitionId)
                .query((RowCallbackHandler) row -> days.merge(dayOf(row.getLong(1)), row.getLong(2), Long::sum));
        return days;
    }

    private static LocalDate dayOf(long hour) {
        return Almaty.at(Instant.ofEpochSecond(hour * HOUR_SECONDS)).toLocalDate();
    }
}
