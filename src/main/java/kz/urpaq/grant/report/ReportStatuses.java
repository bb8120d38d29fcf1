package kz.urpaq.grant.report;

import com.vaadin.flow.i18n.I18NProvider;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.grant.GrantLookup;
import kz.urpaq.grant.GrantReportStatuses;
import kz.urpaq.grant.ReportKind;
import kz.urpaq.grant.ReportStatusLine;
import kz.urpaq.security.AccountService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reports' column of the grant register: each report's state in the reader's language and
 * whether one is overdue (its grant ACTIVE, its due day passed, not handed in). Only grants the
 * caller administers are answered; the others are left out of the map.
 */
@Component
@Transactional(readOnly = true)
class ReportStatuses implements GrantReportStatuses {

    private final GrantReportRepository reports;
    private final GrantLookup grants;
    private final AccountService accounts;
    private final I18NProvider i18n;
    private final Clock clock;

    ReportStatuses(GrantReportRepository reports, GrantLookup grants, AccountService accounts, I18NProvider i18n,
                   Clock clock) {
        this.reports = reports;
        this.grants = grants;
        this.accounts = accounts;
        this.i18n = i18n;
        this.clock = clock;
    }

    @Override
    public Map<Long, ReportStatusLine> forGrants(Collection<Long> grantIds) {
        if (grantIds.isEmpty()) {
            return Map.of();
        }
        var locale = accounts.currentLanguage().orElse(Language.DEFAULT).locale();
        var today = LocalDate.ofInstant(clock.instant(), Almaty.ZONE);
        var byGrant = reports.findByGrantIdIn(grantIds).stream()
                .collect(Collectors.groupingBy(GrantReport::getGrantId,
                        Collectors.toMap(GrantReport::getKind, Function.identity())));
        var lines = new HashMap<Long, ReportStatusLine>();
        for (var grantId : grantIds) {
            grants.administeredGrant(grantId).ifPresent(grant -> {
                var found = byGrant.getOrDefault(grantId, Map.of());
                var interim = state(found.get(ReportKind.INTERIM));
                var last = state(found.get(ReportKind.FINAL));
                var overdue = ReportRules.overdue(interim, grant.interimReportDue(), grant.state(), today)
                        || ReportRules.overdue(last, grant.finalReportDue(), grant.state(), today);
                lines.put(grantId, new ReportStatusLine(text(interim, locale), text(last, locale), overdue));
            });
        }
        return lines;
    }

    private static @Nullable ReportState state(@Nullable GrantReport report) {
        return report == null ? null : report.getState();
    }

    private String text(@Nullable ReportState state, Locale locale) {
        return i18n.getTranslation(state == null ? "grant.report.not-started" : state.labelKey(), locale);
    }
}
