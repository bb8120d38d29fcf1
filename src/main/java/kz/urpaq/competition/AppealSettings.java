package kz.urpaq.competition;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A competition's appeals (domain.md §13): on or off, the window's days, and when it closes once PRELIMINARY. */
public record AppealSettings(boolean enabled, int days, @Nullable Instant closesAt) {
}
