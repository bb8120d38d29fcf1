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

    private final JdbcClient jdbc;
    private final CompetitionAccess access;
    private final StaffScope scope;

    ApplicationStatistics(JdbcClient jdbc, CompetitionAccess access, StaffScope scope) {
        this.jdbc = jdbc;
        this.access = access;
        this.scope = scope;
    }

    /** Everything the dashboard counts about the competition's applications. */
    public ApplicationFigures figures(long competitionId) {
        var competition = access.requireAdministered(competitionId);
        var until = competition.submissionDeadline() == null ? Instant.now() : competition.submissionDeadline();
        var registered = scope.applicantsKnownBefore(competition.organiserId(), until);

        var byStatus = new EnumMap<ApplicationStatus, Long>(ApplicationStatus.class);
        jdbc.sql("select status, count(*) from application where competition_id = :id group by status")
                .param("id", competitionId)
                .query((RowCallbackHandler) row -> byStatus.put(ApplicationStatus.valueOf(row.getString(1)), row.getLong(2)));

        var byDirection = new LinkedHashMap<Long, Long>();
        jdbc.sql("select direction_id, count(*) from application where competition_id = :id and status in "
                        + RECEIVED_SQL + " and direction_id is not null group by direction_id")
                .param("id", competitionId)
                .query((RowCallbackHandler) row -> byDirection.put(row.getLong(1), row.getLong(2)));

        var byDistrict = new EnumMap<District, Long>(District.class);
        var districtNames = Arrays.stream(District.values()).map(District::name).toList();
        jdbc.sql("select p.district, count(*) from application a join applicant_profile p on p.account_id = a.applicant_id "
                        + "where a.competition_id = :id and a.status in " + RECEIVED_SQL + " group by p.district")
                .param("id", competitionId)
                .query((RowCallbackHandler) row -> {
                    var name = row.getString(1);
                    if (districtNames.contains(name)) {
                        byDistrict.put(District.valueOf(name), row.getLong(2));
                    }
                });

        var byBirth = new HashMap<Iin.BirthAndSex, Long>();
        jdbc.sql("select substring(p.iin, 1, 7), count(*) from application a "
                        + "join applicant_profile p on p.account_id = a.applicant_id "
                        + "where a.competition_id = :id and a.status in " + RECEIVED_SQL + " group by substring(p.iin, 1, 7)")
                .param("id", competitionId)
                .query((RowCallbackHandler) row -> {
                    var count = row.getLong(2);
                    Iin.birthAndSex(row.getString(1)).ifPresent(b -> byBirth.merge(b, count, Long::sum));
                });
        var born = new ArrayList<ApplicationFigures.BornOn>();
        byBirth.forEach((b, count) -> born.add(new ApplicationFigures.BornOn(b.birthDate(), b.female(), count)));
        born.sort(java.util.Comparator.comparing(ApplicationFigures.BornOn::birthDate)
                .thenComparing(ApplicationFigures.BornOn::female));

        return new ApplicationFigures(registered, byStatus, byDirection, byDistrict, List.copyOf(born),
                perDay(competitionId));
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
        jdbc.sql("select floor(extract(epoch from submitted_at) / " + HOUR_SECONDS + "), count(*) from application "
                        + "where competition_id = :id and status in " + RECEIVED_SQL + " and submitted_at is not null "
                        + "group by floor(extract(epoch from submitted_at) / " + HOUR_SECONDS + ")")
                .param("id", competitionId)
                .query((RowCallbackHandler) row -> {
                    var hour = Instant.ofEpochSecond(row.getLong(1) * HOUR_SECONDS);
                    days.merge(Almaty.at(hour).toLocalDate(), row.getLong(2), Long::sum);
                });
        return days;
    }
}
