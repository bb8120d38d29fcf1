package kz.urpaq.submission;

import kz.urpaq.applicant.District;
import org.jspecify.annotations.Nullable;

/** What the screening list filters by; any part may be empty. */
public record ScreeningFilter(@Nullable Long directionId, @Nullable District district,
                              @Nullable ApplicationStatus status, @Nullable Integer minAge,
                              @Nullable Integer maxAge, @Nullable String titleText) {

    public static ScreeningFilter none() {
        return new ScreeningFilter(null, null, null, null, null, null);
    }
}
