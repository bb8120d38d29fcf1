package kz.urpaq.grant;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/** A competition's grant terms as the settings page edits them. */
public record GrantTermsView(String textKk, String textRu, @Nullable LocalDate interimReportDue,
                             @Nullable LocalDate finalReportDue, List<TrancheShare> schedule) {

    public GrantTermsView {
        schedule = List.copyOf(schedule);
    }
}
