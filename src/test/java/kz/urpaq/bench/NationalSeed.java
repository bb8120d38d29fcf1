package kz.urpaq.bench;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Locale;

/**
 * Seeds {@link NationalScale}'s competition into PostgreSQL with set-based SQL (generate_series),
 * after Flyway made the schema: 100,000 applicants and eligible applications in 5 directions,
 * 500 jurors, 300,000 submitted assignments and score sheets, 1,500,000 scores. In deliberation.
 * Done once per database: a competition with the code is reused.
 */
final class NationalSeed {

    private NationalSeed() {
    }

    static long seed(JdbcTemplate jdbc, String code) {
        var found = jdbc.queryForList("select id from competition where code = ?", Long.class, code);
        if (!found.isEmpty()) {
            return found.getFirst();
        }
        long start = System.nanoTime();
        int applications = NationalScale.APPLICATIONS;
        int jurors = NationalScale.DIRECTIONS * NationalScale.JURORS_PER_DIRECTION;
        jdbc.update("insert into user_account (email, password_hash, display_name, created_at, email_confirmed_at) "
                + "select ? || '-applicant-' || g || '@example.invalid', '{noop}-', 'Applicant ' || g, now(), now() "
                + "from generate_series(0, ? - 1) g", code, applications);
        jdbc.update("insert into user_account (email, password_hash, display_name, created_at, email_confirmed_at) "
                + "select ? || '-juror-' || g || '@example.invalid', '{noop}-', 'Juror ' || g, now(), now() "
                + "from generate_series(0, ? - 1) g", code, jurors);
        Long id = jdbc.queryForObject("insert into competition (code, competition_year, title_kk, title_ru, title_en, "
                + "region_kk, region_ru, region_en, phase, opens_at, submission_deadline, review_deadline, min_age, "
                + "max_age, grant_amount_tenge, max_budget_tenge, created_at, organiser_id) values (?, 2026, 'Ұлттық байқау', "
                + "'Национальный конкурс', 'National competition', 'Қазақстан', 'Казахстан', 'Kazakhstan', "
                + "'DELIBERATION', timestamptz '2026-09-01 00:00Z', timestamptz '2026-10-01 00:00Z', "
                + "timestamptz '2026-11-01 00:00Z', 14, 29, 1000000, 1000000, now(), "
                + "(select id from organiser where code = 'default')) returning id", Long.class, code);
        long competition = id == null ? -1 : id;
        for (int d = 1; d <= NationalScale.DIRECTIONS; d++) {
            jdbc.update("insert into direction (competition_id, code, position, name_kk, name_ru, name_en) "
                    + "values (?, ?, ?, ?, ?, ?)", competition, "d" + d, d, "Бағыт " + d, "Направление " + d,
                    "Direction " + d);
        }
        int position = 1;
        for (var criterion : NationalScale.CRITERIA) {
            jdbc.update("insert into criterion (competition_id, code, position, name_kk, name_ru, name_en, "
                    + "description_kk, description_ru, description_en, weight_percent, scale_max, tie_break_order) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", competition, criterion.code(), position++,
                    criterion.code(), criterion.code(), criterion.code(), criterion.code(), criterion.code(),
                    criterion.code(), criterion.weightPercent(),
                    criterion.scaleMax(), criterion.tieBreakOrder());
        }
        // Application g (0-based) is in direction g % 5 + 1, like NationalScale; its reference number carries g.
        jdbc.update("insert into application (competition_id, applicant_id, direction_id, status, reference_number, "
                + "title, created_at, saved_at, submitted_at) "
                + "select ?, u.id, d.id, 'ELIGIBLE', ? || '-' || g, 'Project ' || g, t, t, t "
                + "from generate_series(0, ? - 1) g "
                + "cross join lateral (select timestamptz '2026-09-01 00:00Z' + (g * 7919 % 2592000) * interval '1 s' "
                + "as t) ts "
                + "join user_account u on u.email = ? || '-applicant-' || g || '@example.invalid' "
                + "join direction d on d.competition_id = ? and d.position = g % 5 + 1",
                competition, code, applications, code, competition);
        // Its three jurors: distinct, from its direction's 100 (NationalScale.jurorsOf).
        jdbc.update("insert into review_assignment (competition_id, direction_id, application_id, juror_id, state, "
                + "automatic, assigned_at, state_changed_at) "
                + "select a.competition_id, a.direction_id, a.id, u.id, 'SUBMITTED', true, now(), now() "
                + "from (select a.*, substring(a.reference_number from length(?) + 2)::int as g from application a "
                + "where a.competition_id = ?) a "
                + "cross join generate_series(0, 2) r "
                + "join user_account u on u.email = ? || '-juror-' || ((a.g % 5) * 100 + (a.g / 5 + r * 33) % 100) "
                + "|| '@example.invalid'", code, competition, code);
        jdbc.update("insert into score_sheet (assignment_id, competition_id, application_id, juror_id, saved_at, "
                + "submitted_at) select id, competition_id, application_id, juror_id, now(), now() "
                + "from review_assignment where competition_id = ?", competition);
        // Scores 4–10, shifted by each juror's own harshness (−2…+2), clamped to 0–10.
        jdbc.update("insert into score_sheet_entry (sheet_id, criterion_id, score) "
                + "select s.id, c.id, greatest(0, least(10, (s.id * 7919 + c.position * 104729) % 7 + 4 "
                + "+ s.juror_id % 5 - 2)) "
                + "from score_sheet s join criterion c on c.competition_id = s.competition_id "
                + "where s.competition_id = ?", competition);
        // What ScoreSheet.submit stores with each submitted sheet (V170).
        jdbc.update("update score_sheet s set submitted_scores = (select string_agg(e.criterion_id || ':' || e.score, "
                + "',' order by e.criterion_id) from score_sheet_entry e where e.sheet_id = s.id) "
                + "where s.competition_id = ?", competition);
        jdbc.execute("analyze");
        System.out.printf(Locale.ROOT, "seeded competition %d (%s) in %d s%n", competition, code,
                (System.nanoTime() - start) / 1_000_000_000);
        return competition;
    }
}
