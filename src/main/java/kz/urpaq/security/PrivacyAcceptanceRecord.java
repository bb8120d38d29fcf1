package kz.urpaq.security;

import java.time.Instant;

/** Which version of the privacy notice an account accepted, and when. */
public record PrivacyAcceptanceRecord(int noticeVersion, Instant acceptedAt) {
}
