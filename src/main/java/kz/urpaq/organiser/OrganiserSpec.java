package kz.urpaq.organiser;

import kz.urpaq.base.domain.LocalizedText;

/** What an organiser is made or changed with; {@link OrganiserService} checks it. */
public record OrganiserSpec(String code, LocalizedText name, LocalizedText region, String contactEmail,
                            String contactPhone, String signatoryName, LocalizedText signatoryPosition) {
}
