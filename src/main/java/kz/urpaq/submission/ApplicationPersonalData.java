package kz.urpaq.submission;

import kz.urpaq.base.personal.PersonalDataSection;
import kz.urpaq.base.personal.PersonalDataSubject;
import kz.urpaq.base.personal.PersonalFile;
import kz.urpaq.base.personal.PersonalRows;
import kz.urpaq.submission.attachment.AttachmentStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The applicant's applications with their milestones, team, budget and files, and the guardian's
 * consents. Erasing keeps each application's number, competition, direction, status and title
 * (scores and results point at them) and removes the rest of its text, the team's names, every
 * file with its blind copy, and the guardian's address and name.
 */
@Component
class ApplicationPersonalData implements PersonalDataSection {

    private final JdbcClient jdbc;
    private final AttachmentStore store;

    ApplicationPersonalData(JdbcClient jdbc, AttachmentStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    @Override
    public String name() {
        return "applications";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, List<Map<String, Object>>> export(PersonalDataSubject subject) {
        var id = subject.accountId();
        var own = "(select id from application where applicant_id = ?)";
        var tables = new LinkedHashMap<String, List<Map<String, Object>>>();
        tables.put("application", PersonalRows.rows(jdbc, "select * from application where applicant_id = ? order by id", id));
        tables.put("application_milestone", PersonalRows.rows(jdbc,
                "select * from application_milestone where application_id in " + own + " order by application_id, position", id));
        tables.put("application_team_member", PersonalRows.rows(jdbc,
                "select * from application_team_member where application_id in " + own + " order by application_id, position", id));
        tables.put("application_budget_line", PersonalRows.rows(jdbc,
                "select * from application_budget_line where application_id in " + own + " order by application_id, position", id));
        tables.put("attachment", PersonalRows.rows(jdbc,
                "select * from attachment where application_id in " + own + " order by id",
                Set.of("storage_name", "blind_storage_name"), id));
        tables.put("guardian_consent", PersonalRows.rows(jdbc,
                "select * from guardian_consent where applicant_id = ? order by id", Set.of("token_hash"), id));
        return tables;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalFile> files(PersonalDataSubject subject) {
        return jdbc.sql("""
                        select a.id, a.application_id, a.original_name, a.storage_name from attachment a
                        join application p on p.id = a.application_id where p.applicant_id = ? order by a.id""")
                .param(subject.accountId())
                .query((row, number) -> {
                    var storageName = row.getString("storage_name");
                    return new PersonalFile("applications/" + row.getLong("application_id") + "/" + row.getLong("id")
                            + "-" + safe(row.getString("original_name")), () -> store.open(storageName));
                }).list();
    }

    @Override
    @Transactional
    public void erase(PersonalDataSubject subject, String label) {
        var id = subject.accountId();
        var files = new ArrayList<String>();
        jdbc.sql("""
                        select a.storage_name, a.blind_storage_name from attachment a
                        join application p on p.id = a.application_id where p.applicant_id = ?""")
                .param(id)
                .query(row -> {
                    files.add(row.getString("storage_name"));
                    var blind = row.getString("blind_storage_name");
                    if (blind != null) {
                        files.add(blind);
                    }
                });
        jdbc.sql("delete from attachment where application_id in (select id from application where applicant_id = ?)")
                .param(id).update();
        files.forEach(store::delete);
        jdbc.sql("delete from application_team_member where application_id in (select id from application where applicant_id = ?)")
                .param(id).update();
        jdbc.sql("""
                        update application set summary = '', relevance = '', goals = '', expected_results = '',
                        audience = '', place = '', video_url = '' where applicant_id = ?""")
                .param(id).update();
        jdbc.sql("update application_milestone set description = '' where application_id in (select id from application where applicant_id = ?)")
                .param(id).update();
        jdbc.sql("""
                        update guardian_consent set guardian_email = '', applicant_name = ?,
                        guardian_name = case when guardian_name is null then null else '' end, token_hash = null
                        where applicant_id = ?""")
                .param(label).param(id).update();
    }

    /** A file name safe in a ZIP on any system: no folders, no control characters. */
    static String safe(String name) {
        var cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return cleaned.isEmpty() ? "file" : cleaned;
    }
}
