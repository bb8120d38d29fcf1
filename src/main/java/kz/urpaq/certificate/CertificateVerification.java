package kz.urpaq.certificate;

import kz.urpaq.base.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the public verification page shows of a certificate, and nothing more personal: the
 * holder's name as printed, the award, the competition, the issue date, the serial, and since
 * when it is revoked (the reason stays with the administrators).
 */
public record CertificateVerification(CertificateKind kind, String serial, String holderName, @Nullable Integer place,
                                      @Nullable Long grantAmountTenge, @Nullable String directionKk,
                                      @Nullable String directionRu, LocalizedText competitionTitle,
                                      LocalDate issueDate, @Nullable Instant revokedAt) {

    public boolean valid() {
        return revokedAt == null;
    }

    static CertificateVerification of(Certificate c) {
        return new CertificateVerification(c.getKind(), c.getSerial(), c.getHolderName(), c.getPlace(),
                c.getGrantAmountTenge(), c.getDirectionKk(), c.getDirectionRu(),
                new LocalizedText(c.getCompetitionTitleKk(), c.getCompetitionTitleRu(), c.getCompetitionTitleEn()),
                c.getIssueDate(), c.getRevokedAt());
    }
}
