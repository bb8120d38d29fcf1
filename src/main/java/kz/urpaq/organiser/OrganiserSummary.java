package kz.urpaq.organiser;

import kz.urpaq.base.domain.LocalizedText;

/** An organiser as pages, certificates and other rooms see it. */
public record OrganiserSummary(long id, String code, LocalizedText name, LocalizedText region, String contactEmail,
                               String contactPhone, String signatoryName, LocalizedText signatoryPosition) {
}
