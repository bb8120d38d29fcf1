package kz.urpaq.submission;

import kz.urpaq.base.domain.LocalizedText;

/** What the guardian's page names: the applicant and the competition they enter. */
public record GuardianRequest(String applicantName, LocalizedText competitionTitle) {
}
