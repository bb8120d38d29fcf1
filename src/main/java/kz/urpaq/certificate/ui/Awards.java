package kz.urpaq.certificate.ui;

import com.vaadin.flow.component.Component;
import kz.urpaq.base.domain.Money;
import kz.urpaq.certificate.CertificateKind;
import org.jspecify.annotations.Nullable;

/** The award a certificate states, in the reader's language: "II place", "Grant of 1 000 000 ₸". */
final class Awards {

    private static final String[] ROMAN = {"", "I", "II", "III"};

    private Awards() {
    }

    static String award(Component view, CertificateKind kind, @Nullable Integer place, @Nullable Long amount) {
        return switch (kind) {
            case PLACE_DIPLOMA -> view.getTranslation("certificates.award.place",
                    place != null && place >= 1 && place < ROMAN.length ? ROMAN[place] : String.valueOf(place));
            case GRANT_CERTIFICATE -> view.getTranslation("certificates.award.grant",
                    Money.tenge(amount == null ? 0 : amount));
            case PARTICIPATION_CERTIFICATE -> view.getTranslation("certificates.award.participation");
            case JUROR_LETTER -> view.getTranslation("certificates.award.juror");
        };
    }
}
