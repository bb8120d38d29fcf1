package kz.urpaq.certificate.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.ui.Notifications;
import kz.urpaq.base.ui.RouteIds;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.certificate.BatchState;
import kz.urpaq.certificate.CertificateKind;
import kz.urpaq.certificate.CertificateService;
import kz.urpaq.certificate.CertificateSummary;
import kz.urpaq.certificate.IssueProgress;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.CompetitionSetupService;
import kz.urpaq.competition.Phase;
import kz.urpaq.security.AppRoles;
import kz.urpaq.security.ui.StepUpPrompt;
import org.jspecify.annotations.Nullable;

/**
 * For administrators: issue a competition's certificates in one action (a batch in the background,
 * with a progress bar that polls and shows the batch whichever instance works it; a failed batch
 * says so with its last error, a stalled one can be resumed with the same button), see counts per
 * kind and every certificate, revoke one with a reason, and download the valid ones as a ZIP.
 */
@Route("admin/competitions/:competitionId(\\d+)/certificates")
@RolesAllowed(AppRoles.ADMIN)
class CertificatesAdminView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int POLL_MILLIS = 700;

    private final CertificateService certificates;
    private final StepUpPrompt stepUp;
    private final CompetitionSetupService setup;
    private final Button issue = new Button();
    private final ProgressBar progressBar = new ProgressBar();
    private final Span progressText = new Span();
    private final Span batchText = new Span();
    private final Div counts = new Div();
    private final Grid<CertificateSummary> grid = new Grid<>();
    private long competitionId;
    private @Nullable Registration polling;

    CertificatesAdminView(CertificateService certificates, CompetitionSetupService setup, StepUpPrompt stepUp) {
        this.certificates = certificates;
        this.stepUp = stepUp;
        this.setup = setup;
        addClassNames("admin-view", "certificates-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        competitionId = RouteIds.of(event, "competitionId");
        render(setup.overview(competitionId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificates.title") + " · " + getTranslation("app.name");
    }

    private void render(CompetitionOverview competition) {
        removeAll();
        add(new ViewHeader(getTranslation("certificates.heading", competition.title().in(getLocale())),
                getTranslation("certificates.description")));
        boolean announced = competition.phase() == Phase.ANNOUNCED;
        if (!announced) {
            var notice = new Paragraph(getTranslation("certificates.not-announced",
                    getTranslation(competition.phase().labelKey())));
            notice.setId("certificates-not-announced");
            notice.addClassNames("desk-badge", "warning");
            add(notice);
        }
        issue.setText(getTranslation("certificates.issue"));
        issue.setIcon(VaadinIcon.DIPLOMA.create());
        issue.setId("issue-certificates");
        issue.addThemeVariants(ButtonVariant.PRIMARY);
        issue.setEnabled(announced);
        issue.addClickListener(click -> start());

        progressBar.setId("issue-progress");
        progressBar.getElement().setAttribute("aria-label", getTranslation("certificates.progress.label"));
        progressBar.setVisible(false);
        progressText.setId("issue-progress-text");
        batchText.setId("issue-batch");
        var zip = new Anchor(CertificateDownloads.zip(certificates, competitionId,
                competition.code() + "-certificates.zip"), getTranslation("certificates.zip"));
        zip.setId("certificates-zip");
        zip.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        var actions = new Div(issue, zip);
        actions.addClassName("form-actions");
        counts.setId("certificate-counts");
        counts.addClassName("certificate-counts");
        add(actions, progressBar, progressText, batchText, counts, grid());
        refresh();
        certificates.progress(competitionId).ifPresent(this::show);
    }

    private Grid<CertificateSummary> grid() {
        grid.removeAllColumns();
        grid.setId("certificates");
        grid.addColumn(CertificateSummary::serial).setHeader(getTranslation("certificates.column.serial"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CertificateSummary::holderName).setHeader(getTranslation("certificates.column.holder"))
                .setFlexGrow(2);
        grid.addColumn(c -> getTranslation(c.kind().labelKey()) + " · "
                        + Awards.award(this, c.kind(), c.place(), c.grantAmountTenge()))
                .setHeader(getTranslation("certificates.column.kind")).setFlexGrow(2);
        grid.addColumn(this::status).setHeader(getTranslation("certificates.column.status")).setFlexGrow(2);
        grid.addComponentColumn(c -> {
            if (c.revoked()) {
                var reissue = new Button(getTranslation("certificates.reissue"), click -> reissue(c));
                reissue.setId("reissue-" + c.serial());
                reissue.addThemeVariants(ButtonVariant.SMALL);
                return reissue;
            }
            var revoke = new Button(getTranslation("certificates.revoke"), click -> revoke(c));
            revoke.setId("revoke-" + c.serial());
            revoke.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
            return revoke;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setHeight("32rem"); // scrolls lazily: a national round has tens of thousands of certificates
        return grid;
    }

    String status(CertificateSummary certificate) {
        var revokedAt = certificate.revokedAt();
        return revokedAt == null ? getTranslation("certificates.status.valid")
                : getTranslation("certificates.status.revoked", Almaty.date(revokedAt), certificate.revokeReason());
    }

    private void refresh() {
        grid.setItems(certificates.list(competitionId));
        counts.removeAll();
        certificates.validCounts(competitionId).forEach((kind, count) -> counts.add(count(kind, count)));
    }

    private Span count(CertificateKind kind, long count) {
        var span = new Span(getTranslation("certificates.count", getTranslation(kind.labelKey()), count));
        span.setId("count-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        span.addClassName("desk-badge");
        return span;
    }

    void start() {
        try {
            show(certificates.startIssuing(competitionId));
        } catch (RefusedException e) {
            Notifications.refused(this, e);
        }
    }

    /** One poll: the progress so far, and the list once the run is over. */
    void poll() {
        certificates.progress(competitionId).ifPresent(this::show);
    }

    private void show(IssueProgress progress) {
        progressBar.setVisible(true);
        progressBar.setValue(progress.fraction());
        progressText.setText(switch (progress.state()) {
            case RUNNING -> progress.stalled()
                    ? getTranslation("certificates.progress.stalled", progress.done(), progress.total())
                    : getTranslation("certificates.progress.running", progress.done(), progress.total());
            case DONE -> getTranslation("certificates.progress.finished", progress.issued(), progress.failed());
            case FAILED -> getTranslation("certificates.progress.failed", progress.issued(), progress.failed(),
                    String.valueOf(progress.failure()));
        });
        progressText.getElement().setAttribute("data-state",
                progress.stalled() ? "stalled" : progress.state().name().toLowerCase(java.util.Locale.ROOT));
        if (progress.state() == BatchState.FAILED || progress.stalled()) {
            progressText.addClassNames("desk-badge", "warning");
        } else {
            progressText.removeClassNames("desk-badge", "warning");
        }
        var finishedAt = progress.finishedAt();
        batchText.setText(finishedAt == null
                ? getTranslation("certificates.batch.started", Almaty.dateTime(progress.startedAt()), progress.startedBy())
                : getTranslation("certificates.batch.ended", Almaty.dateTime(progress.startedAt()), progress.startedBy(),
                        Almaty.dateTime(finishedAt)));
        issue.setEnabled(progress.finished() || progress.stalled());
        getUI().ifPresent(ui -> ui.setPollInterval(progress.finished() ? -1 : POLL_MILLIS));
        if (progress.finished()) {
            refresh();
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(poll -> poll());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    void reissue(CertificateSummary certificate) {
        try {
            var fresh = certificates.reissue(certificate.id());
            Notifications.success(getTranslation("certificates.reissue.done", certificate.serial(), fresh.serial()));
            refresh();
        } catch (RefusedException e) {
            Notifications.refused(this, e);
        }
    }

    void revoke(CertificateSummary certificate) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("certificates.revoke.title", certificate.serial(),
                certificate.holderName()));
        var reason = new TextArea(getTranslation("certificates.revoke.reason"));
        reason.setId("revoke-reason");
        reason.setRequired(true);
        reason.setMaxLength(CertificateService.REASON_MAX_LENGTH);
        reason.setWidthFull();
        dialog.add(new Paragraph(getTranslation("certificates.revoke.consequence")), reason);
        var confirm = new Button(getTranslation("certificates.revoke.confirm"), click -> stepUp.around(() -> {
            try {
                certificates.revoke(certificate.id(), reason.getValue());
                dialog.close();
                Notifications.success(getTranslation("certificates.revoke.done", certificate.serial()));
                refresh();
            } catch (RefusedException e) {
                reason.setInvalid(true);
                reason.setErrorMessage(Notifications.message(this, e));
            }
        }));
        confirm.setId("confirm-revoke");
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        var cancel = new Button(getTranslation("certificates.revoke.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }
}
