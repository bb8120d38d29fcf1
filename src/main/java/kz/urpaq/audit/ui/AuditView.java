package kz.urpaq.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import kz.urpaq.audit.AuditAction;
import kz.urpaq.audit.AuditEntry;
import kz.urpaq.audit.AuditFilter;
import kz.urpaq.audit.AuditService;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.ui.DateField;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.security.AppRoles;
import org.jspecify.annotations.Nullable;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The audit trail: browse, filter, export as CSV. Read-only by construction. */
@Route("admin/audit")
@RolesAllowed({AppRoles.ADMIN, AppRoles.PLATFORM})
class AuditView extends Main implements HasDynamicTitle {

    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final TextField actor = new TextField();
    private final DateField from;
    private final DateField until;

    AuditView(AuditService auditService) {
        addClassName("admin-view");
        add(new ViewHeader(getTranslation("audit.title"), getTranslation("audit.description")));

        action.setLabel(getTranslation("audit.filter.action"));
        action.setItems(Arrays.stream(AuditAction.values())
                .sorted(Comparator.comparing(a -> getTranslation(a.labelKey()))).toList());
        action.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
        action.setClearButtonVisible(true);
        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        from = new DateField(getTranslation("audit.filter.from"));
        until = new DateField(getTranslation("audit.filter.until"));

        var export = new Anchor(csv(auditService),
                getTranslation("audit.export"));
        export.addClassName("export-link");
        export.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());

        var filters = new Div(action, actor, from, until, export);
        filters.addClassName("filters");

        var grid = new Grid<AuditEntry>();
        grid.addColumn(e -> Almaty.dateTime(e.occurredAt())).setHeader(getTranslation("audit.column.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.column.who")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.action().labelKey())).setHeader(getTranslation("audit.column.what"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.subjectType() + (e.subjectId() == null ? "" : " #" + e.subjectId()))
                .setHeader(getTranslation("audit.column.subject")).setAutoWidth(true);
        grid.addColumn(e -> labels(e.before()) + " → " + labels(e.after()))
                .setHeader(getTranslation("audit.column.change")).setFlexGrow(1);
        grid.addColumn(e -> labels(e.details())).setHeader(getTranslation("audit.column.details"))
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItems(query -> auditService.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        actor.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        until.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(filters, grid);
        setHeightFull();
    }

    private DownloadHandler csv(AuditService auditService) {
        return event -> {
            event.setFileName("urpaq-audit.csv");
            event.setContentType("text/csv; charset=UTF-8");
            auditService.exportCsv(filter(), new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8));
        };
    }

    private AuditFilter filter() {
        return new AuditFilter(action.getValue(), null, null, actor.getValue(),
                from.getValue() == null ? null : from.getValue().atStartOfDay(Almaty.ZONE).toInstant(),
                until.getValue() == null ? null : until.getValue().plusDays(1).atStartOfDay(Almaty.ZONE).toInstant());
    }

    /**
     * A state or kind stored as its constant ({@code SUBMITTED}, {@code JUROR_LETTER}) read as the
     * label the rest of the UI shows for it; anything else (e-mails, numbers) stays as written.
     */
    private String labels(@Nullable String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder();
        var matcher = CONSTANT.matcher(text);
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(label(matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private String label(String constant) {
        var kebab = constant.toLowerCase(Locale.ROOT).replace('_', '-');
        for (var prefix : LABEL_PREFIXES) {
            var key = prefix + "." + kebab;
            var text = getTranslation(key);
            if (!text.isEmpty() && !text.contains(key)) {
                return text;
            }
        }
        return constant;
    }

    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");
    /** Where the labels of the constants that the audit trail records live, most specific first. */
    private static final List<String> LABEL_PREFIXES = List.of("application.status", "assignment.state", "phase",
            "certificates.kind", "role", "mail.kind", "outbox.state");

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.name");
    }
}
