package kz.urpaq.grant;

import kz.urpaq.base.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * What a grant agreement states (domain.md §14): the parties, the project, the amount in whole
 * tenge, the tranches, the reporting dates and the competition's template texts in Kazakh and Russian.
 */
public record AgreementContent(long grantId, LocalizedText competitionTitle, LocalizedText organiserName,
                               String signatoryName, LocalizedText signatoryPosition, String recipientName,
                               String projectTitle, long amountTenge, List<TrancheShare> tranches,
                               @Nullable LocalDate interimReportDue, @Nullable LocalDate finalReportDue,
                               String textKk, String textRu, LocalDate issuedOn) {
}
