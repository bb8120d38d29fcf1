package kz.urpaq.submission;

import kz.urpaq.applicant.District;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * A competition's applications counted (docs/decisions/027-dashboard-figures.md): every application
 * by state; the received ones (submitted, eligible, ineligible) by direction, district, birth date
 * and sex (from the IIN) and Almaty-time day of submission; and how many people the organiser knew
 * as applicants by the deadline. Counts only, never a person.
 */
public record ApplicationFigures(
        long registered,
        Map<ApplicationStatus, Long> byStatus,
        Map<Long, Long> receivedByDirection,
        Map<District, Long> receivedByDistrict,
        List<BornOn> receivedByBirth,
        SortedMap<LocalDate, Long> receivedPerDay) {

    /** How many received applications come from people born on the day, of the sex. */
    public record BornOn(LocalDate birthDate, boolean female, long count) {
    }

    /** Every application started, in whatever state it is now. */
    public long started() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Submitted and not withdrawn: waiting for screening, eligible or ineligible. */
    public long received() {
        return ApplicationStatistics.RECEIVED.stream().mapToLong(s -> byStatus.getOrDefault(s, 0L)).sum();
    }

    public long eligible() {
        return byStatus.getOrDefault(ApplicationStatus.ELIGIBLE, 0L);
    }
}
