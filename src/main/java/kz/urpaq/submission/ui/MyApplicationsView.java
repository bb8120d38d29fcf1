package kz.urpaq.submission.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kz.urpaq.base.ui.EmptyState;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.security.AppRoles;

/** The applicant's applications. */
@Route("applications")
@RolesAllowed(AppRoles.APPLICANT)
class MyApplicationsView extends Main implements HasDynamicTitle {

    MyApplicationsView() {
        addClassName("applicant-view");
        add(new ViewHeader(getTranslation("applications.title"), ""),
                new EmptyState(VaadinIcon.FILE_TEXT_O, getTranslation("applications.empty.title"),
                        getTranslation("applications.empty.text")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("applications.title") + " · " + getTranslation("app.name");
    }
}
