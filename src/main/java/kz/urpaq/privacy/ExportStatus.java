package kz.urpaq.privacy;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** The newest "download my data" request of the signed-in person, as their page shows it. */
public record ExportStatus(long id, ExportState state, Instant requestedAt, @Nullable Instant readyAt,
                           @Nullable Instant expiresAt, @Nullable Long sizeBytes) {

    static ExportStatus of(PersonalDataExport export) {
        return new ExportStatus(export.getId(), export.getState(), export.getRequestedAt(), export.getReadyAt(),
                export.getExpiresAt(), export.getSizeBytes());
    }
}
