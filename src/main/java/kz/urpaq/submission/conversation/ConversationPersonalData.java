package kz.urpaq.submission.conversation;

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
 * The conversations of the applicant's applications (both sides: they are about the applicant), the
 * revision requests and every submitted version, with the files sent in messages. Erasing empties the
 * messages' texts and files and the versions' contents; that a message or a version existed, and when,
 * stays for the record of the competition.
 */
@Component
class ConversationPersonalData implements PersonalDataSection {

    private static final String OWN = "(select id from application where applicant_id = ?)";

    private final JdbcClient jdbc;

    ConversationPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "conversations";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, List<Map<String, Object>>> export(PersonalDataSubject subject) {
        var id = subject.accountId();
        var tables = new LinkedHashMap<String, List<Map<String, Object>>>();
        tables.put("application_message", PersonalRows.rows(jdbc,
                "select * from application_message where application_id in " + OWN + " order by id",
                Set.of("file_bytes", "version"), id));
        tables.put("revision_request", PersonalRows.rows(jdbc,
                "select * from revision_request where application_id in " + OWN + " order by id", Set.of("version"), id));
        tables.put("application_version", PersonalRows.rows(jdbc,
                "select * from application_version where application_id in " + OWN + " order by application_id, number",
                Set.of("version"), id));
        return tables;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalFile> files(PersonalDataSubject subject) {
        return jdbc.sql("select id, file_name from application_message where file_bytes is not null and application_id in "
                        + OWN + " order by id")
                .param(subject.accountId())
                .query((row, number) -> {
                    var id = row.getLong("id");
                    return new PersonalFile("messages/" + id + "-" + row.getString("file_name")
                            .replaceAll("[^\\p{L}\\p{N}._-]", "_"), () -> new ByteArrayInputStream(jdbc
                            .sql("select file_bytes from application_message where id = ?").param(id)
                            .query(byte[].class).single()));
                }).list();
    }

    @Override
    @Transactional
    public void erase(PersonalDataSubject subject, String label) {
        var id = subject.accountId();
        jdbc.sql("update application_message set text = ?, file_name = null, file_type = null, file_bytes = null "
                + "where application_id in " + OWN).params(label, id).update();
        jdbc.sql("update application_version set content_json = '{}', files_json = '[]' where application_id in " + OWN)
                .param(id).update();
        jdbc.sql("update revision_request set kept_draft_json = null where application_id in " + OWN).param(id).update();
    }
}
