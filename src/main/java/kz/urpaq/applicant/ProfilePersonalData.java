package kz.urpaq.applicant;

import kz.urpaq.base.personal.PersonalDataSection;
import kz.urpaq.base.personal.PersonalDataSubject;
import kz.urpaq.base.personal.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The applicant's profile: IIN, birth date, phone, place of residence and study, guardian, consent. Erased whole. */
@Component
class ProfilePersonalData implements PersonalDataSection {

    private final JdbcClient jdbc;

    ProfilePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "profile";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, List<Map<String, Object>>> export(PersonalDataSubject subject) {
        return Map.of("applicant_profile", PersonalRows.rows(jdbc,
                "select * from applicant_profile where account_id = ?", Set.of("version", "claimed_iin"),
                subject.accountId()));
    }

    @Override
    @Transactional
    public void erase(PersonalDataSubject subject, String label) {
        jdbc.sql("delete from applicant_profile where account_id = ?").param(subject.accountId()).update();
    }
}
