package kz.urpaq.certificate;

import kz.urpaq.base.i18n.TranslationKeys;

/** The four documents of domain.md §8, with their titles in Kazakh and Russian and their serial letter. */
public enum CertificateKind {

    /** I, II or III place in a direction. */
    PLACE_DIPLOMA("D", "ДИПЛОМ", "ДИПЛОМ"),
    /** A grant, with its amount in digits and in words. */
    GRANT_CERTIFICATE("G", "ГРАНТ СЕРТИФИКАТЫ", "СЕРТИФИКАТ НА ГРАНТ"),
    /** Every eligible applicant. */
    PARTICIPATION_CERTIFICATE("P", "ҚАТЫСУШЫ СЕРТИФИКАТЫ", "СЕРТИФИКАТ УЧАСТНИКА"),
    /** A juror's appreciation letter. */
    JUROR_LETTER("J", "АЛҒЫС ХАТ", "БЛАГОДАРСТВЕННОЕ ПИСЬМО");

    private final String serialLetter;
    private final String titleKk;
    private final String titleRu;

    CertificateKind(String serialLetter, String titleKk, String titleRu) {
        this.serialLetter = serialLetter;
        this.titleKk = titleKk;
        this.titleRu = titleRu;
    }

    /** The letter in the serial number, {@code D} in {@code TU-2026-D-0007}. */
    public String serialLetter() {
        return serialLetter;
    }

    public String titleKk() {
        return titleKk;
    }

    public String titleRu() {
        return titleRu;
    }

    /** The kind's name on pages, in the reader's language. */
    public String labelKey() {
        return TranslationKeys.of("certificates.kind", this);
    }

    /** A serial number such as {@code TU-2026-D-0007}. */
    public String serial(String prefix, int year, int number) {
        if (!prefix.matches("[A-Z0-9]{1,10}") || number < 1 || number > 999_999) {
            throw new IllegalArgumentException("bad serial prefix or number: " + prefix + ", " + number);
        }
        return "%s-%d-%s-%04d".formatted(prefix, year, serialLetter, number);
    }
}
