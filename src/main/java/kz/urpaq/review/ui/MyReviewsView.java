package kz.urpaq.review.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kz.urpaq.base.ui.EmptyState;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.security.AppRoles;

/** The juror's assigned projects. */
@Route("reviews")
@RolesAllowed(AppRoles.JURY)
class MyReviewsView extends Main implements HasDynamicTitle {

    MyReviewsView() {
        addClassName("jury-view");
        add(new ViewHeader(getTranslation("reviews.title"), ""),
                new EmptyState(VaadinIcon.STAR_HALF_LEFT_O, getTranslation("reviews.empty.title"),
                        getTranslation("reviews.empty.text")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reviews.title") + " · " + getTranslation("app.name");
    }
}
