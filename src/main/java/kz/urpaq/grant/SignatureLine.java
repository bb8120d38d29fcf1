package kz.urpaq.grant;

import java.time.Instant;

/** A signature on an agreement as pages show it: how, by whom, when, and the SHA-256 of the PDF signed. */
public record SignatureLine(SignatureMethod method, String signerName, Instant signedAt, String sha256) {
}
