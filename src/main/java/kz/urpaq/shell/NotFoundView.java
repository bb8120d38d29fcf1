package kz.urpaq.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import kz.urpaq.base.domain.NoSuchRecordException;
import kz.urpaq.base.ui.EmptyState;

/**
 * The page for an address that does not exist or that the person may not open. Both look the
 * same, so the page does not tell anyone what exists; it stays inside the app shell.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class NotFoundView extends Main implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return title(this);
    }

    static String title(Main page) {
        return page.getTranslation("error.not-found.title") + " · " + page.getTranslation("app.name");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show(this);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    static void show(Main page) {
        page.removeAll();
        page.addClassName("applicant-view");
        page.add(new EmptyState(VaadinIcon.SEARCH, page.getTranslation("error.not-found.title"),
                page.getTranslation("error.not-found.text")), new Anchor("", page.getTranslation("error.not-found.home")));
    }

    /**
     * A page opened with an id that names no record, whichever service noticed it: the same
     * not-found page, not the page for an unplanned failure.
     */
    @ParentLayout(MainLayout.class)
    @AnonymousAllowed
    static class NoSuchRecordView extends Main implements HasErrorParameter<NoSuchRecordException>, HasDynamicTitle {

        @Override
        public String getPageTitle() {
            return title(this);
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NoSuchRecordException> parameter) {
            show(this);
            return HttpServletResponse.SC_NOT_FOUND;
        }
    }
}
