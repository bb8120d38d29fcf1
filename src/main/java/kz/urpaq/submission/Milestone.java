package kz.urpaq.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** A step of the implementation plan with the date it should be done by. */
@Embeddable
public record Milestone(
        @Column(name = "title", nullable = false, length = TITLE_MAX_LENGTH) String title,
        @Column(name = "finish_by") @Nullable LocalDate finishBy,
        @Column(name = "description", nullable = false, length = DESCRIPTION_MAX_LENGTH) String description) {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int DESCRIPTION_MAX_LENGTH = 1000;
}
