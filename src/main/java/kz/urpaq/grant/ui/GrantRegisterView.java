package kz.urpaq.grant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.ui.Notifications;
import kz.urpaq.base.ui.RouteIds;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.certificate.AmountInWords;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.grant.GrantRow;
import kz.urpaq.grant.GrantService;
import kz.urpaq.grant.GrantState;
import kz.urpaq.grant.TrancheLine;
import kz.urpaq.grant.TrancheState;
import kz.urpaq.security.AppRoles;
import kz.urpaq.security.ui.StepUpPrompt;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * The grant register of a competition (domain.md §14): one row per grant — recipient, project,
 * amount, state, agreement, tranches, reports and overdue — with filters, CSV and XLSX, and the
 * administrator's actions: countersign, record a payment, terminate (step-up), offer a declined
 * grant to the reserve list, set the competition's grant terms ({@link GrantTermsDialog}). The
 * reports are read at {@code admin/grants/{id}/reports}.
 */
@Route("admin/competitions/:competitionId(\\d+)/grants")
@RolesAllowed(AppRoles.ADMIN)
class GrantRegisterView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final java.time.format.DateTimeFormatter DATE =
            java.time.format.DateTimeFormatter.ofPattern(Almaty.DATE_PATTERN);

    private final GrantService grants;
    private final CompetitionService competitions;
    private final StepUpPrompt stepUp;
    private final Clock clock;
    private final Grid<GrantRow> grid = new Grid<>();
    private final Select<@Nullable GrantState> state = new Select<>();
    private final Checkbox overdue = new Checkbox();
    private @Nullable CompetitionOverview competition;
    private List<GrantRow> rows = List.of();

    GrantRegisterView(GrantService grants, CompetitionService competitions, StepUpPrompt stepUp, Clock clock) {
        this.grants = grants;
        this.competitions = competitions;
        this.stepUp = stepUp;
        this.clock = clock;
        addClassNames("admin-view", "grant-register");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var shown = RouteIds.found(competitions.findById(RouteIds.of(event, "competitionId")));
        competition = shown;
        removeAll();
        add(new ViewHeader(getTranslation("grant.register.title", shown.title().in(getLocale())),
                getTranslation("grant.register.description")));

        state.setLabel(getTranslation("grant.register.filter.state"));
        state.setId("grant-filter-state");
        state.setEmptySelectionAllowed(true);
        state.setItems(GrantState.values());
        state.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.labelKey()));
        state.addValueChangeListener(e -> filter());
        overdue.setLabel(getTranslation("grant.register.filter.overdue"));
        overdue.setId("grant-filter-overdue");
        overdue.addValueChangeListener(e -> filter());
        var filters = new Div(state, overdue);
        filters.addClassName("grant-filters");

        var offer = new Button(getTranslation("grant.register.offer"), click -> act(() -> {
            int count = grants.offerToRecipients(shown.id());
            Notifications.success(getTranslation("grant.register.offered", count));
        }));
        offer.setId("grant-offer-recipients");
        var terms = new Button(getTranslation("grant.terms.open"), VaadinIcon.FILE_TEXT_O.create(),
                click -> new GrantTermsDialog(grants, shown.id()).open());
        terms.setId("grant-terms-open");
        var downloads = new Div(download("grant-register-csv", getTranslation("grant.register.download.csv"), csv(shown.id())),
                download("grant-register-xlsx", getTranslation("grant.register.download.xlsx"), xlsx(shown.id())), terms,
                offer);
        downloads.addClassName("grant-downloads");

        grid.removeAllColumns();
        grid.setId("grant-register");
        grid.addColumn(GrantRow::recipientName).setHeader(getTranslation("grant.column.recipient"))
                .setWidth("11em").setFlexGrow(1);
        grid.addColumn(r -> r.grant().projectTitle()).setHeader(getTranslation("grant.column.project"))
                .setWidth("14em").setFlexGrow(2);
        grid.addColumn(r -> AmountInWords.digits(r.grant().amount().longValue()))
                .setHeader(getTranslation("grant.column.amount")).setWidth("8em").setFlexGrow(0);
        grid.addColumn(r -> getTranslation(r.grant().state().labelKey()))
                .setHeader(getTranslation("grant.column.state")).setWidth("8em").setFlexGrow(0);
        grid.addColumn(r -> getTranslation(r.agreement().labelKey()))
                .setHeader(getTranslation("grant.column.agreement")).setWidth("9em").setFlexGrow(0);
        grid.addComponentColumn(this::tranches).setHeader(getTranslation("grant.column.tranches"))
                .setWidth("18em").setFlexGrow(1);
        grid.addComponentColumn(this::reports).setHeader(getTranslation("grant.column.reports"))
                .setWidth("10em").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("grant.column.actions"))
                .setWidth("13em").setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("grant.register.empty"));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(filters, downloads, grid);
        reload();
    }

    private void reload() {
        rows = grants.register(competitionId());
        filter();
    }

    private void filter() {
        grid.setItems(rows.stream()
                .filter(r -> state.getValue() == null || r.grant().state() == state.getValue())
                .filter(r -> !overdue.getValue() || r.overdue())
                .toList());
    }

    private long competitionId() {
        return java.util.Objects.requireNonNull(competition).id();
    }

    private Div tranches(GrantRow row) {
        var list = new Div();
        list.addClassName("grant-tranches");
        for (var t : row.tranches()) {
            list.add(new Div(new Span(trancheText(t))));
        }
        return list;
    }

    private String trancheText(TrancheLine t) {
        var state = t.state() == TrancheState.PAID && t.paidOn() != null
                ? getTranslation("grant.tranche.paid", DATE.format(t.paidOn()), t.paymentReference())
                : getTranslation(t.state().labelKey());
        return getTranslation("grant.tranche.line", t.position(), t.percent(), AmountInWords.digits(t.amount().longValue()),
                getTranslation(t.dueOn().labelKey()), state);
    }

    private Div reports(GrantRow row) {
        var cell = new Div();
        var reports = row.reports();
        cell.add(new Span(reports == null ? getTranslation("grant.reports.none")
                : getTranslation("grant.reports.line", orDash(reports.interimState()), orDash(reports.finalState()))));
        if (row.overdue()) {
            var flag = new Span(getTranslation("grant.overdue"));
            flag.getElement().getThemeList().add("badge error"); // i18n-exempt: a Lumo theme name
            cell.add(flag);
        }
        return cell;
    }

    private String orDash(@Nullable String text) {
        return text == null ? getTranslation("grant.reports.none") : text;
    }

    private Div actions(GrantRow row) {
        long id = row.grant().id();
        var actions = new Div();
        actions.addClassName("grant-actions");
        var pdf = new Anchor(agreement(id), getTranslation("grant.action.agreement"));
        pdf.setId("grant-agreement-" + id);
        actions.add(pdf);
        if (row.grant().state() == GrantState.ACTIVE || row.grant().state() == GrantState.COMPLETED) {
            actions.add(new Anchor("admin/grants/" + id + "/reports", getTranslation("grant.action.reports")));
        }
        if (row.grant().state() == GrantState.ACCEPTED) {
            actions.add(button("grant-countersign-" + id, "grant.action.countersign", () -> {
                grants.countersign(id);
                Notifications.success(getTranslation("grant.done.countersigned"));
            }));
        }
        row.tranches().stream().filter(t -> t.state() == TrancheState.DUE).findFirst().ifPresent(t -> {
            var pay = new Button(getTranslation("grant.action.pay"), click -> pay(t));
            pay.setId("grant-pay-" + t.id());
            actions.add(pay);
        });
        if (!row.grant().state().isClosed()) {
            var terminate = new Button(getTranslation("grant.action.terminate"), click -> terminate(row));
            terminate.setId("grant-terminate-" + id);
            terminate.addThemeVariants(ButtonVariant.ERROR);
            actions.add(terminate);
        }
        if (row.reserveAvailable()) {
            var reserve = new Button(getTranslation("grant.action.reserve"), click -> reserve(row));
            reserve.setId("grant-reserve-" + id);
            actions.add(reserve);
        }
        if (row.reason() != null) {
            actions.add(new Paragraph(row.reason()));
        }
        return actions;
    }

    private Button button(String id, String key, Runnable action) {
        var button = new Button(getTranslation(key), click -> act(action));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.PRIMARY);
        return button;
    }

    private void pay(TrancheLine tranche) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("grant.pay.title", tranche.position()));
        var date = new DatePicker(getTranslation("grant.pay.date"));
        date.setId("grant-paid-on");
        date.setValue(Almaty.at(clock.instant()).toLocalDate());
        date.setRequired(true);
        var reference = new TextField(getTranslation("grant.pay.reference"));
        reference.setId("grant-payment-reference");
        reference.setMaxLength(GrantService.REFERENCE_MAX_LENGTH);
        reference.setRequired(true);
        reference.setWidthFull();
        var confirm = new Button(getTranslation("grant.confirm"), click -> act(() -> {
            grants.recordPayment(tranche.id(), date.getValue(), reference.getValue());
            Notifications.success(getTranslation("grant.done.paid"));
            dialog.close();
        }));
        confirm.setId("grant-pay-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new Div(date), reference);
        dialog.getFooter().add(new Button(getTranslation("grant.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private void terminate(GrantRow row) {
        reasonDialog(getTranslation("grant.terminate.title", row.recipientName()), "grant-terminate-confirm",
                reason -> stepUp.around(() -> act(() -> {
                    grants.terminate(row.grant().id(), reason);
                    Notifications.success(getTranslation("grant.done.terminated"));
                })), null);
    }

    private void reserve(GrantRow row) {
        var candidate = grants.reserveFor(row.grant().id());
        if (candidate.isEmpty()) {
            reload();
            return;
        }
        var c = candidate.get();
        reasonDialog(getTranslation("grant.reserve.title"), "grant-reserve-confirm", reason -> act(() -> {
            grants.offerToReserve(row.grant().id(), reason);
            Notifications.success(getTranslation("grant.done.reserve", c.projectTitle()));
        }), getTranslation("grant.reserve.candidate", c.projectTitle(), c.holderName(), c.position(), c.score()));
    }

    private void reasonDialog(String title, String confirmId, java.util.function.Consumer<String> action,
                              @Nullable String text) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(title);
        var reason = new TextArea(getTranslation("grant.reason"));
        reason.setId("grant-reason");
        reason.setRequired(true);
        reason.setMaxLength(GrantService.REASON_MAX_LENGTH);
        reason.setWidthFull();
        var confirm = new Button(getTranslation("grant.confirm"), click -> {
            dialog.close();
            action.accept(reason.getValue());
        });
        confirm.setId(confirmId);
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        if (text != null) {
            dialog.add(new Paragraph(text));
        }
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("grant.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    /** Runs a service call; a refusal is shown in the reader's language, and the register is read again either way. */
    private void act(Runnable action) {
        try {
            action.run();
        } catch (RefusedException refused) {
            Notifications.refused(this, refused);
        }
        reload();
    }

    private DownloadHandler agreement(long grantId) {
        return pdf(() -> grants.agreementPdf(grantId), "agreement-" + grantId + ".pdf");
    }

    static DownloadHandler pdf(Supplier<byte[]> bytes, String name) {
        return event -> {
            var pdf = bytes.get();
            event.setFileName(name);
            event.setContentType("application/pdf");
            event.setContentLength(pdf.length);
            try (var out = event.getOutputStream()) {
                out.write(pdf);
            }
        };
    }

    private DownloadHandler csv(long competitionId) {
        return event -> {
            event.setFileName("grants-" + competitionId + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            grants.registerCsv(competitionId, event.getOutputStream());
        };
    }

    private DownloadHandler xlsx(long competitionId) {
        var locale = getLocale();
        return event -> {
            event.setFileName("grants-" + competitionId + ".xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            grants.registerXlsx(competitionId, locale, event.getOutputStream());
        };
    }

    private static Anchor download(String id, String text, DownloadHandler handler) {
        var anchor = new Anchor(handler, com.vaadin.flow.component.html.AttachmentType.DOWNLOAD, text);
        anchor.setId(id);
        anchor.addClassName("export-link");
        anchor.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("grant.register.link") + " · " + getTranslation("app.name");
    }
}
