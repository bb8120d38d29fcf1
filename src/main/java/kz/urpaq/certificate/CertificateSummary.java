package kz.urpaq.certificate;

import kz.urpaq.base.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** One certificate in a list: for administrators, and for its holder on "my certificates". */
public record CertificateSummary(long id, long competitionId, LocalizedText competitionTitle, CertificateKind kind,
                                 String serial, String holderName, @Nullable Integer place,
                                 @Nullable Long grantAmountTenge, LocalDate issueDate, @Nullable Instant revokedAt,
                                 @Nullable String revokeReason) {

    public boolean revoked() {
        return revokedAt != null;
    }

    static CertificateSummary of(Certificate c) {
        return new CertificateSummary(java.util.Objects.requireNonNull(c.getId()), c.getCompetitionId(),
                new LocalizedText(c.getCompetitionTitleKk(), c.getCompetitionTitleRu(), c.getCompetitionTitleEn()),
                c.getKind(), c.getSerial(), c.getHolderName(), c.getPlace(), c.getGrantAmountTenge(),
                c.getIssueDate(), c.getRevokedAt(), c.getRevokeReason());
    }
}
