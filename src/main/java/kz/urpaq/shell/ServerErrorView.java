package kz.urpaq.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import kz.urpaq.base.Incidents;
import kz.urpaq.base.ui.EmptyState;

/**
 * The page for a failure nobody planned for, in place of Vaadin's default, which prints the
 * exception's message (table names, Java class names) even in production. The person gets a plain
 * sentence in their language and a short incident code ({@link Incidents}).
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class ServerErrorView extends Main implements HasErrorParameter<Exception>, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("error.server.title") + " · " + getTranslation("app.name");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        var incident = Incidents.record("while opening '" + event.getLocation().getPath() + "'", // i18n-exempt: the log
                parameter.getCaughtException());
        removeAll();
        addClassName("applicant-view");
        var code = new Paragraph(getTranslation("error.server.code", incident));
        code.addClassName("incident-code");
        add(new EmptyState(VaadinIcon.WARNING, getTranslation("error.server.title"), getTranslation("error.server.text")),
                code, new Anchor("", getTranslation("error.not-found.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
