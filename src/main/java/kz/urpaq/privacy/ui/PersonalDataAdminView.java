package kz.urpaq.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import kz.urpaq.audit.AccessLogService;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.ui.DateField;
import kz.urpaq.base.ui.Notifications;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.privacy.RetentionService;
import kz.urpaq.security.AppRoles;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The installation's personal data duties (SPEC §15), for the platform administrator: the retention
 * job's dry run (the competitions past the retention period and the applicants it would anonymise)
 * with the button that runs it, and the breach report's access log for a time window as CSV.
 */
@Route("admin/privacy")
@RolesAllowed(AppRoles.PLATFORM)
class PersonalDataAdminView extends Main implements HasDynamicTitle {

    private final RetentionService retention;
    private final Div plan = new Div();

    PersonalDataAdminView(RetentionService retention, AccessLogService accessLog, Clock clock) {
        this.retention = retention;
        addClassNames("admin-view", "privacy-admin-view");
        add(new ViewHeader(getTranslation("privacy-admin.title"), getTranslation("privacy-admin.description")));
        plan.setId("retention-plan");
        plan.addClassName("profile-section");
        showPlan();
        add(plan, accessLogSection(accessLog, clock));
    }

    private void showPlan() {
        plan.removeAll();
        var dryRun = retention.plan();
        plan.add(new H2(getTranslation("privacy-admin.retention.title")),
                new Paragraph(getTranslation("privacy-admin.retention.text", dryRun.years(), Almaty.date(dryRun.cutoff()))));
        var competitions = new UnorderedList();
        dryRun.competitions().forEach(competition -> competitions.add(new ListItem(getTranslation(
                "privacy-admin.retention.competition", competition.code(), Almaty.date(competition.archivedAt())))));
        plan.add(new Paragraph(getTranslation("privacy-admin.retention.competitions", dryRun.competitions().size())),
                competitions);
        var candidates = new UnorderedList();
        candidates.setId("retention-candidates");
        dryRun.candidates().forEach(candidate -> candidates.add(new ListItem(getTranslation(
                "privacy-admin.retention.candidate", candidate.accountId(), candidate.displayName(),
                String.join(", ", candidate.competitionCodes())))));
        var count = new Paragraph(getTranslation("privacy-admin.retention.candidates", dryRun.candidates().size()));
        count.setId("retention-count");
        plan.add(count, candidates);
        if (!dryRun.candidates().isEmpty()) {
            var run = new Button(getTranslation("privacy-admin.retention.run", dryRun.candidates().size()),
                    click -> confirmRun(dryRun.candidates().size()));
            run.setId("retention-run");
            run.addThemeVariants(ButtonVariant.ERROR);
            plan.add(run);
        }
    }

    private void confirmRun(int count) {
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("privacy-admin.retention.confirm.title"));
        confirm.setText(getTranslation("privacy-admin.retention.confirm.text", count));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("application.confirm.cancel"));
        confirm.setConfirmText(getTranslation("privacy-admin.retention.run", count));
        confirm.setConfirmButtonTheme(ButtonVariant.ERROR.getVariantName() + " " + ButtonVariant.PRIMARY.getVariantName());
        confirm.addConfirmListener(event -> {
            var done = retention.run();
            Notifications.success(getTranslation("privacy-admin.retention.done", done));
            showPlan();
        });
        confirm.open();
    }

    private Div accessLogSection(AccessLogService accessLog, Clock clock) {
        var today = LocalDate.now(clock.withZone(Almaty.ZONE));
        var from = new DateField(getTranslation("audit.filter.from"));
        from.setId("access-from");
        from.setValue(today.minusDays(7));
        var until = new DateField(getTranslation("audit.filter.until"));
        until.setId("access-until");
        until.setValue(today);
        DownloadHandler csv = event -> {
            var start = (from.getValue() == null ? today.minusDays(7) : from.getValue()).atStartOfDay(Almaty.ZONE).toInstant();
            var end = (until.getValue() == null ? today : until.getValue()).plusDays(1).atStartOfDay(Almaty.ZONE).toInstant();
            event.setFileName("urpaq-personal-data-access.csv");
            event.setContentType("text/csv; charset=UTF-8");
            accessLog.exportCsv(start, end, new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8));
        };
        var export = new Anchor(csv, getTranslation("privacy-admin.access.export"));
        export.setId("access-log-csv");
        export.addClassName("export-link");
        export.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        var filters = new Div(from, until, export);
        filters.addClassName("filters");
        var section = new Div(new H2(getTranslation("privacy-admin.access.title")),
                new Paragraph(getTranslation("privacy-admin.access.text")), filters);
        section.addClassName("profile-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy-admin.title") + " · " + getTranslation("app.name");
    }
}
