package kz.urpaq.certificate.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kz.urpaq.base.ui.RouteIds;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.certificate.CertificateService;
import kz.urpaq.certificate.CertificateVerification;

import java.time.format.DateTimeFormatter;

/**
 * The public page a certificate's QR code opens: valid or revoked (and since when), the holder as
 * printed, the award, the competition and the issue date. A code nobody holds, well-formed or not,
 * gets the app's ordinary "not found" page, as any unknown address does: same words, same status.
 * The route takes the whole rest of the path, so that even a "code" with slashes stays on this
 * anonymous page and takes the same look-up, instead of meeting the sign-in redirect that
 * addresses outside every route get.
 */
@Route("verify/:code*")
@AnonymousAllowed
class VerifyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final CertificateService certificates;

    VerifyView(CertificateService certificates) {
        this.certificates = certificates;
        addClassNames("applicant-view", "verify-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var code = event.getRouteParameters().get("code").orElse("");
        show(RouteIds.found(certificates.verify(code)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title") + " · " + getTranslation("app.name");
    }

    private void show(CertificateVerification certificate) {
        removeAll();
        var status = new Div();
        status.setId("verify-status");
        status.addClassNames("verify-status", certificate.valid() ? "valid" : "revoked");
        var icon = (certificate.valid() ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.BAN).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        var revokedAt = certificate.revokedAt();
        status.add(icon, new Span(revokedAt == null ? getTranslation("verify.valid")
                : getTranslation("verify.revoked", Almaty.date(revokedAt))));

        var details = new Div();
        details.addClassName("verify-details");
        detail(details, "verify.holder", certificate.holderName(), "verify-holder");
        detail(details, "verify.document", getTranslation(certificate.kind().labelKey()), "verify-kind");
        detail(details, "verify.award", Awards.award(this, certificate.kind(), certificate.place(),
                certificate.grantAmountTenge()), "verify-award");
        var direction = "ru".equals(getLocale().getLanguage()) || "en".equals(getLocale().getLanguage())
                ? certificate.directionRu() : certificate.directionKk();
        if (direction != null) {
            detail(details, "verify.direction", direction, "verify-direction");
        }
        detail(details, "verify.competition", certificate.competitionTitle().in(getLocale()), "verify-competition");
        detail(details, "verify.issued", DATE.format(certificate.issueDate()), "verify-issued");
        detail(details, "verify.serial", certificate.serial(), "verify-serial");
        add(new H1(getTranslation("verify.title")), status, details,
                new Paragraph(getTranslation("verify.explanation")));
    }

    private void detail(Div details, String labelKey, String value, String id) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("verify-label");
        var text = new Span(value);
        text.setId(id);
        text.addClassName("verify-value");
        var row = new Div(label, text);
        row.addClassName("verify-row");
        details.add(row);
    }
}
