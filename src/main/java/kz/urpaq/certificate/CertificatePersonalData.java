package kz.urpaq.certificate;

import kz.urpaq.base.personal.PersonalDataSection;
import kz.urpaq.base.personal.PersonalDataSubject;
import kz.urpaq.base.personal.PersonalFile;
import kz.urpaq.base.personal.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The certificates the account holds, with their PDFs. Erasing puts the label where the holder's
 * name was and removes the PDFs (the verification page then names no one).
 */
@Component
class CertificatePersonalData implements PersonalDataSection {

    private final JdbcClient jdbc;

    CertificatePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "certificates";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, List<Map<String, Object>>> export(PersonalDataSubject subject) {
        return Map.of("certificate", PersonalRows.rows(jdbc,
                "select * from certificate where holder_account_id = ? order by id", Set.of("code_sha256"),
                subject.accountId()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalFile> files(PersonalDataSubject subject) {
        return jdbc.sql("""
                        select c.id, c.serial_number from certificate c join certificate_document d on d.certificate_id = c.id
                        where c.holder_account_id = ? order by c.id""")
                .param(subject.accountId())
                .query((row, number) -> {
                    var id = row.getLong("id");
                    return new PersonalFile("certificates/" + row.getString("serial_number").replaceAll("[^A-Za-z0-9._-]", "_")
                            + ".pdf", () -> new ByteArrayInputStream(jdbc
                            .sql("select pdf from certificate_document where certificate_id = ?").param(id)
                            .query(byte[].class).single()));
                }).list();
    }

    @Override
    @Transactional
    public void erase(PersonalDataSubject subject, String label) {
        jdbc.sql("delete from certificate_document where certificate_id in (select id from certificate where holder_account_id = ?)")
                .param(subject.accountId()).update();
        jdbc.sql("update certificate set holder_name = ? where holder_account_id = ?")
                .param(label).param(subject.accountId()).update();
    }
}
