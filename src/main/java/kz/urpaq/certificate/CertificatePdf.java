package kz.urpaq.certificate;

/** An issued PDF and the file name it is served under: its serial, {@code TU-2026-D-0007.pdf}. */
public record CertificatePdf(String serial, byte[] bytes) {

    public String fileName() {
        return serial + ".pdf";
    }
}
