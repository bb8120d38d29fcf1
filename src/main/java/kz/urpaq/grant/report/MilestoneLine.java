package kz.urpaq.grant.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * What became of one milestone of the application: {@code milestone} is its position in the
 * application's plan (from 0); the status stays empty until the recipient chooses one.
 */
@Embeddable
public record MilestoneLine(
        @Column(name = "milestone", nullable = false) int milestone,
        @Enumerated(EnumType.STRING) @Column(name = "status", length = 10) @Nullable MilestoneStatus status,
        @Column(name = "note", nullable = false, length = NOTE_MAX_LENGTH) String note) {

    public static final int NOTE_MAX_LENGTH = 1000;
}
