package kz.urpaq.outbox;

import kz.urpaq.base.personal.PersonalDataSection;
import kz.urpaq.base.personal.PersonalDataSubject;
import kz.urpaq.base.personal.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/** The mails sent to the account's address (without the secrets their links carried). Erasing deletes them. */
@Component
class OutboxPersonalData implements PersonalDataSection {

    private final JdbcClient jdbc;

    OutboxPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "mail";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, List<Map<String, Object>>> export(PersonalDataSubject subject) {
        var rows = PersonalRows.rows(jdbc, """
                        select id, kind, recipient, language, subject, body, secret, competition_id, about_type, about_id,
                        state, created_at, sent_at from outbox_mail where recipient = ? order by id""",
                subject.email());
        // a link's secret is replaced as on the outgoing-mail page
        rows.forEach(row -> {
            var secret = row.remove("secret");
            if (secret instanceof String token && !token.isEmpty() && row.get("body") instanceof String body) {
                row.put("body", body.replace(token, kz.urpaq.notification.Mail.HIDDEN));
            }
        });
        return Map.of("outbox_mail", rows);
    }

    @Override
    @Transactional
    public void erase(PersonalDataSubject subject, String label) {
        jdbc.sql("delete from outbox_mail where recipient = ?").param(subject.email()).update();
    }
}
