package kz.urpaq.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** A member of the project team besides the applicant. */
@Embeddable
public record TeamMember(
        @Column(name = "full_name", nullable = false, length = NAME_MAX_LENGTH) String fullName,
        @Column(name = "team_role", nullable = false, length = ROLE_MAX_LENGTH) String role,
        @Column(name = "age") @Nullable Integer age) {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int ROLE_MAX_LENGTH = 200;
}
