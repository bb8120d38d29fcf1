package kz.urpaq.certificate.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.ui.EmptyState;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.certificate.CertificateService;
import kz.urpaq.certificate.CertificateSummary;
import kz.urpaq.security.AppRoles;

import java.time.format.DateTimeFormatter;

/** An applicant's or juror's own certificates, newest first, each with its PDF; phone-sized cards. */
@Route("certificates")
@RolesAllowed({AppRoles.APPLICANT, AppRoles.JURY})
class MyCertificatesView extends Main implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final CertificateService certificates;

    MyCertificatesView(CertificateService certificates) {
        this.certificates = certificates;
        addClassNames("applicant-view", "my-certificates-view");
        add(new ViewHeader(getTranslation("my-certificates.title"), getTranslation("my-certificates.description")));
        var mine = certificates.mine();
        if (mine.isEmpty()) {
            add(new EmptyState(VaadinIcon.DIPLOMA, getTranslation("my-certificates.empty.title"),
                    getTranslation("my-certificates.empty.text")));
            return;
        }
        var list = new Div();
        list.addClassName("certificate-cards");
        mine.forEach(c -> list.add(card(c)));
        add(list);
    }

    private Div card(CertificateSummary certificate) {
        var card = new Div();
        card.addClassName("certificate-card");
        card.setId("certificate-" + certificate.serial());
        card.add(new H2(getTranslation(certificate.kind().labelKey())));
        line(card, Awards.award(this, certificate.kind(), certificate.place(), certificate.grantAmountTenge()));
        line(card, certificate.competitionTitle().in(getLocale()));
        line(card, getTranslation("my-certificates.issued", DATE.format(certificate.issueDate()),
                certificate.serial()));
        var revokedAt = certificate.revokedAt();
        if (revokedAt != null) {
            var revoked = new Span(getTranslation("my-certificates.revoked", Almaty.date(revokedAt)));
            revoked.addClassNames("desk-badge", "warning");
            card.add(revoked);
        } else {
            var download = new Anchor(CertificateDownloads.pdf(certificates, certificate.id()),
                    getTranslation("my-certificates.download"));
            download.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
            download.addClassName("certificate-download");
            card.add(download);
        }
        return card;
    }

    private static void line(Div card, String text) {
        var span = new Span(text);
        span.addClassName("certificate-line");
        card.add(span);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-certificates.title") + " · " + getTranslation("app.name");
    }
}
