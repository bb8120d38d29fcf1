package kz.urpaq.review;

import kz.urpaq.base.personal.PersonalDataSection;
import kz.urpaq.base.personal.PersonalDataSubject;
import kz.urpaq.base.personal.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A juror's part: the panels they sat on, their assignments, declared conflicts and score sheets.
 * Nothing here is about an applicant by name (jurors read blind). Jurors' accounts are not erased
 * through here (only applicants delete their accounts), so erasing changes nothing.
 */
@Component
class ReviewPersonalData implements PersonalDataSection {

    private final JdbcClient jdbc;

    ReviewPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "review";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, List<Map<String, Object>>> export(PersonalDataSubject subject) {
        var id = subject.accountId();
        var tables = new LinkedHashMap<String, List<Map<String, Object>>>();
        tables.put("panel_member", PersonalRows.rows(jdbc, "select * from panel_member where juror_id = ? order by id", id));
        tables.put("review_assignment", PersonalRows.rows(jdbc,
                "select * from review_assignment where juror_id = ? order by id", id));
        tables.put("review_conflict", PersonalRows.rows(jdbc, "select * from review_conflict where juror_id = ? order by id", id));
        tables.put("score_sheet", PersonalRows.rows(jdbc, "select * from score_sheet where juror_id = ? order by id", id));
        tables.put("score_sheet_entry", PersonalRows.rows(jdbc, """
                select * from score_sheet_entry where sheet_id in (select id from score_sheet where juror_id = ?)
                order by sheet_id, criterion_id""", id));
        return tables;
    }

    @Override
    public void erase(PersonalDataSubject subject, String label) {
        // jurors' sheets are the competition's record; an applicant's account has none
    }
}
