package kz.urpaq.certificate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The issued PDFs, one row each, read one at a time: a list of certificates never loads them, and
 * a ZIP of a whole competition holds one PDF in memory at a time.
 */
@Component
class CertificateDocuments {

    private final JdbcClient jdbc;

    CertificateDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void put(long certificateId, byte[] pdf) {
        jdbc.sql("insert into certificate_document (certificate_id, pdf) values (:id, :pdf)")
                .param("id", certificateId)
                .param("pdf", pdf)
                .update();
    }

    Optional<byte[]> get(long certificateId) {
        return jdbc.sql("select pdf from certificate_document where certificate_id = :id")
                .param("id", certificateId)
                .query(byte[].class)
                .optional();
    }
}
