package kz.urpaq.privacy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.privacy.PersonalDataService;
import kz.urpaq.security.AppRoles;
import org.springframework.http.HttpHeaders;

/** Where the mailed link leads: the ZIP of my data, for me signed in, while the link is valid. */
@Route("profile/data/:token")
@RolesAllowed(AppRoles.APPLICANT)
class ExportDownloadView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PersonalDataService personalData;

    ExportDownloadView(PersonalDataService personalData) {
        this.personalData = personalData;
        addClassNames("applicant-view", "my-data-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new ViewHeader(getTranslation("my-data.export.title"), ""));
        var token = event.getRouteParameters().get("token").orElse("");
        if (!personalData.exportValid(token)) {
            var gone = new Paragraph(getTranslation("my-data.export.link-invalid"));
            gone.setId("export-link-invalid");
            add(gone, new Anchor("profile/data", getTranslation("my-data.link")));
            return;
        }
        var download = new Anchor(zip(token), getTranslation("my-data.export.download"));
        download.setId("download-export");
        download.getElement().setAttribute("download", true);
        add(new Paragraph(getTranslation("my-data.export.download.text")), download);
    }

    private DownloadHandler zip(String token) {
        return event -> {
            var bytes = personalData.download(token);
            if (bytes.isEmpty()) {
                event.getResponse().setStatus(404);
                return;
            }
            event.setFileName("urpaq-my-data.zip");
            event.setContentType("application/zip");
            event.setContentLength(bytes.get().length);
            event.getResponse().setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
            try (var out = event.getOutputStream()) {
                out.write(bytes.get());
            }
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-data.export.title") + " · " + getTranslation("app.name");
    }
}
