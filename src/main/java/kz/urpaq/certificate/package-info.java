/**
 * Certificates (domain.md §8): bilingual (Kazakh above Russian) PDF diplomas, grant and participation
 * certificates and jurors' appreciation letters, verifiable by QR code. {@link
 * kz.urpaq.certificate.CertificateRenderer} is plain Java and PDFBox, with no database or UI.
 */
@NullMarked
package kz.urpaq.certificate;

import org.jspecify.annotations.NullMarked;
