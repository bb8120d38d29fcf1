package kz.urpaq.results;

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
 * The applicant's announced results (place, score, grant, the jurors' comments to them) and the
 * organisers' overrides of their ranking with the reasons. Erasing keeps every score and place
 * and puts the label where the name was.
 */
@Component
class ResultPersonalData implements PersonalDataSection {

    private final JdbcClient jdbc;

    ResultPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "results";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, List<Map<String, Object>>> export(PersonalDataSubject subject) {
        var id = subject.accountId();
        var tables = new LinkedHashMap<String, List<Map<String, Object>>>();
        tables.put("announced_result", PersonalRows.rows(jdbc,
                "select * from announced_result where applicant_id = ? order by id", id));
        tables.put("announced_comment", PersonalRows.rows(jdbc, """
                select * from announced_comment where announced_result_id in
                (select id from announced_result where applicant_id = ?) order by announced_result_id, position""", id));
        tables.put("result_override", PersonalRows.rows(jdbc, """
                select * from result_override where application_id in
                (select id from application where applicant_id = ?) order by id""", id));
        return tables;
    }

    @Override
    @Transactional
    public void erase(PersonalDataSubject subject, String label) {
        jdbc.sql("update announced_result set holder_name = ?, district = null where applicant_id = ?")
                .param(label).param(subject.accountId()).update();
    }
}
