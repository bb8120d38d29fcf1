package kz.urpaq.outbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.ui.Notifications;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.notification.MailKind;
import kz.urpaq.outbox.MailState;
import kz.urpaq.outbox.OutboxEntry;
import kz.urpaq.outbox.OutboxFilter;
import kz.urpaq.outbox.OutboxService;
import kz.urpaq.security.AppRoles;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Outgoing mail (/admin/mail): every mail of the outbox, newest first, filtered by state, kind,
 * recipient and competition; a failed one shows its error and can be sent again, one or all
 * (audited). Bodies are shown without their secret links.
 */
@Route("admin/mail")
@RolesAllowed(AppRoles.PLATFORM)
class OutgoingMailView extends Main implements HasDynamicTitle {

    private final OutboxService outbox;
    private final ComboBox<MailState> state = new ComboBox<>();
    private final ComboBox<MailKind> kind = new ComboBox<>();
    private final TextField recipient = new TextField();
    private final ComboBox<CompetitionOverview> competition = new ComboBox<>();
    private final Span counts = new Span();
    private final Grid<OutboxEntry> grid = new Grid<>();
    private final Map<Long, String> competitionTitles;

    OutgoingMailView(OutboxService outbox, CompetitionService competitions) {
        this.outbox = outbox;
        addClassName("admin-view");
        add(new ViewHeader(getTranslation("outbox.title"), getTranslation("outbox.description")));

        var locale = getLocale();
        var all = competitions.allPublic(); // mail is the platform's; a draft has none yet
        competitionTitles = all.stream().collect(Collectors.toMap(CompetitionOverview::id, c -> c.title().in(locale),
                (a, b) -> a));

        state.setLabel(getTranslation("outbox.filter.state"));
        state.setItems(MailState.values());
        state.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        state.setClearButtonVisible(true);
        state.setId("outbox-state");
        kind.setLabel(getTranslation("outbox.filter.kind"));
        kind.setItems(Arrays.stream(MailKind.values())
                .sorted(Comparator.comparing(k -> getTranslation(k.labelKey()))).toList());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setClearButtonVisible(true);
        recipient.setLabel(getTranslation("outbox.filter.recipient"));
        recipient.setValueChangeMode(ValueChangeMode.LAZY);
        recipient.setClearButtonVisible(true);
        recipient.setId("outbox-recipient");
        competition.setLabel(getTranslation("outbox.filter.competition"));
        competition.setItems(all);
        competition.setItemLabelGenerator(c -> c.title().in(locale));
        competition.setClearButtonVisible(true);

        var resendAll = new Button(getTranslation("outbox.resend-all"), VaadinIcon.REFRESH.create(),
                click -> resendAll());
        resendAll.setId("outbox-resend-all");
        var filters = new Div(state, kind, recipient, competition, resendAll);
        filters.addClassName("filters");
        counts.setId("outbox-counts");

        // Flexible widths, so that the error and the resend button fit on a laptop without scrolling sideways.
        grid.addColumn(e -> Almaty.dateTime(e.createdAt())).setHeader(getTranslation("outbox.column.created"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> getTranslation(e.kind().labelKey())).setHeader(getTranslation("outbox.column.kind"))
                .setWidth("7rem").setFlexGrow(1);
        grid.addColumn(OutboxEntry::recipient).setHeader(getTranslation("outbox.column.recipient"))
                .setWidth("8rem").setFlexGrow(1);
        grid.addColumn(OutboxEntry::subject).setHeader(getTranslation("outbox.column.subject"))
                .setWidth("8rem").setFlexGrow(2);
        grid.addColumn(this::stateText).setHeader(getTranslation("outbox.column.state"))
                .setWidth("7rem").setFlexGrow(1);
        grid.addColumn(e -> e.lastError() == null ? "" : e.lastError())
                .setHeader(getTranslation("outbox.column.error")).setWidth("8rem").setFlexGrow(2);
        grid.addComponentColumn(this::resendButton).setAutoWidth(true).setFlexGrow(0);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::details));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> outbox.find(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, outbox.count(filter())));
        grid.setId("outbox-grid");
        state.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        recipient.addValueChangeListener(e -> refresh());
        competition.addValueChangeListener(e -> refresh());
        add(filters, counts, grid);
        setHeightFull();
        showCounts();
    }

    private String stateText(OutboxEntry entry) {
        var text = getTranslation(entry.state().labelKey());
        return switch (entry.state()) {
            case SENT -> text + " · " + Almaty.dateTime(entry.sentAt() == null ? entry.createdAt() : entry.sentAt())
                    + ("log".equals(entry.transport()) ? " · " + getTranslation("outbox.to-the-log") : "");
            case PENDING -> entry.attempts() == 0 ? text
                    : getTranslation("outbox.retry", entry.attempts(), Almaty.dateTime(entry.nextAttemptAt()));
            case FAILED -> getTranslation("outbox.failed-after", entry.attempts());
        };
    }

    private com.vaadin.flow.component.Component resendButton(OutboxEntry entry) {
        if (entry.state() != MailState.FAILED) {
            return new Span();
        }
        var button = new Button(getTranslation("outbox.resend"), click -> resend(entry));
        button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        button.addClassName("outbox-resend");
        return button;
    }

    private com.vaadin.flow.component.Component details(OutboxEntry entry) {
        var box = new Div();
        box.addClassName("outbox-details");
        var about = new Paragraph(getTranslation("outbox.details", entry.language().nativeName(),
                entry.competitionId() == null ? "—"
                        : competitionTitles.getOrDefault(entry.competitionId(), "#" + entry.competitionId()),
                entry.aboutType() == null ? "—" : entry.aboutType() + " #" + entry.aboutId()));
        var body = new Pre(entry.body());
        body.addClassName("outbox-body");
        box.add(about, body);
        return box;
    }

    private void resend(OutboxEntry entry) {
        try {
            if (outbox.resend(entry.id())) {
                Notifications.success(getTranslation("outbox.resent", entry.recipient()));
            }
        } catch (RefusedException refused) {
            Notifications.refused(this, refused);
        }
        refresh();
    }

    private void resendAll() {
        int count = outbox.resendAllFailed();
        Notifications.success(count == 0 ? getTranslation("outbox.nothing-to-resend")
                : getTranslation("outbox.resent-all", count));
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showCounts();
    }

    private void showCounts() {
        var byState = outbox.countsByState();
        counts.setText(getTranslation("outbox.counts", byState.get(MailState.PENDING), byState.get(MailState.SENT),
                byState.get(MailState.FAILED)));
    }

    private OutboxFilter filter() {
        var chosen = competition.getValue();
        return new OutboxFilter(state.getValue(), kind.getValue(), recipient.getValue(),
                chosen == null ? null : chosen.id());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title") + " · " + getTranslation("app.name");
    }
}
