package kz.urpaq.submission;

import java.util.Optional;

/**
 * Where the application page finds the applicant's own result. The results feature answers it,
 * for the signed-in applicant's own applications only, once the results are announced.
 */
public interface ApplicationOutcomes {

    Optional<ApplicationOutcome> forMyApplication(long applicationId);
}
