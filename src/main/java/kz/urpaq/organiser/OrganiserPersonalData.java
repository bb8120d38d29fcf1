package kz.urpaq.organiser;

import kz.urpaq.base.personal.PersonalDataSection;
import kz.urpaq.base.personal.PersonalDataSubject;
import kz.urpaq.base.personal.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/**
 * The organisers the account belongs to (as staff, or as an applicant of one of their rounds).
 * The memberships hold no personal data beyond the link; they stay, so organisers still find
 * the label in their lists.
 */
@Component
class OrganiserPersonalData implements PersonalDataSection {

    private final JdbcClient jdbc;

    OrganiserPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "organisers";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, List<Map<String, Object>>> export(PersonalDataSubject subject) {
        return Map.of("organiser_member", PersonalRows.rows(jdbc,
                "select * from organiser_member where account_id = ? order by id", subject.accountId()));
    }

    @Override
    public void erase(PersonalDataSubject subject, String label) {
        // a membership is a link, not data about the person
    }
}
