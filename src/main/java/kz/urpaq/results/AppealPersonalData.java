package kz.urpaq.results;

import kz.urpaq.base.personal.PersonalDataSection;
import kz.urpaq.base.personal.PersonalDataSubject;
import kz.urpaq.base.personal.PersonalFile;
import kz.urpaq.base.personal.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The applicant's provisional results and appeals, with an appeal's file. Erasing keeps each appeal's
 * outcome (the public page counts them, and an upheld one explains a changed ranking) and replaces
 * the applicant's reason and file with the label.
 */
@Component
class AppealPersonalData implements PersonalDataSection {

    private final JdbcClient jdbc;

    AppealPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "appeals";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, List<Map<String, Object>>> export(PersonalDataSubject subject) {
        var id = subject.accountId();
        var tables = new LinkedHashMap<String, List<Map<String, Object>>>();
        tables.put("provisional_result", PersonalRows.rows(jdbc,
                "select * from provisional_result where applicant_id = ? order by id", Set.of("version"), id));
        tables.put("appeal", PersonalRows.rows(jdbc,
                "select * from appeal where applicant_id = ? order by id", Set.of("file_bytes", "version"), id));
        return tables;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalFile> files(PersonalDataSubject subject) {
        return jdbc.sql("select id, file_name from appeal where file_bytes is not null and applicant_id = ? order by id")
                .param(subject.accountId())
                .query((row, number) -> {
                    var id = row.getLong("id");
                    return new PersonalFile("appeals/" + id + "-" + row.getString("file_name")
                            .replaceAll("[^\\p{L}\\p{N}._-]", "_"), () -> new ByteArrayInputStream(jdbc
                            .sql("select file_bytes from appeal where id = ?").param(id).query(byte[].class).single()));
                }).list();
    }

    @Override
    @Transactional
    public void erase(PersonalDataSubject subject, String label) {
        jdbc.sql("update appeal set reason = ?, file_name = null, file_type = null, file_bytes = null where applicant_id = ?")
                .params(label, subject.accountId()).update();
    }
}
