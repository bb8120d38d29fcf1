package kz.urpaq.certificate;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * Everything printed on one certificate. The project title is in the language the applicant wrote
 * it in; a juror's letter has none. {@code place} (1 to 3) belongs to a place diploma and {@code
 * amountTenge} to a grant certificate; {@code publicBaseUrl} has no trailing slash.
 */
public record CertificateContent(
        CertificateKind kind,
        String serial,
        String verificationCode,
        String holderName,
        String competitionTitleKk,
        String competitionTitleRu,
        String regionKk,
        String regionRu,
        int year,
        @Nullable String directionKk,
        @Nullable String directionRu,
        @Nullable String projectTitle,
        @Nullable Integer place,
        @Nullable Long amountTenge,
        LocalDate issueDate,
        String organisation,
        String signatory,
        String publicBaseUrl) {

    public CertificateContent {
        if (kind == CertificateKind.PLACE_DIPLOMA && (place == null || place < 1 || place > 3)) {
            throw new IllegalArgumentException("a place diploma needs place 1, 2 or 3: " + place);
        }
        if (kind == CertificateKind.GRANT_CERTIFICATE
                && (amountTenge == null || amountTenge < 1 || amountTenge > AmountInWords.MAX)) {
            throw new IllegalArgumentException("a grant certificate needs an amount: " + amountTenge);
        }
        if (holderName.isBlank() || serial.isBlank() || verificationCode.isBlank()) {
            throw new IllegalArgumentException("holder, serial and verification code are required");
        }
        while (publicBaseUrl.endsWith("/")) {
            publicBaseUrl = publicBaseUrl.substring(0, publicBaseUrl.length() - 1);
        }
    }

    /** The address the QR code opens: {@code {publicBaseUrl}/verify/{code}}. */
    public String verificationUrl() {
        return publicBaseUrl + "/verify/" + verificationCode;
    }
}
