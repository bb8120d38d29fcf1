package kz.urpaq.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kz.urpaq.base.ui.ViewHeader;
import org.springframework.beans.factory.annotation.Value;

/**
 * The accessibility statement (SPEC §9): the standard Urpaq aims at, how that is tested, what is
 * known not to meet it yet, and whom to write to. Linked from the footer of every page.
 */
@Route(AccessibilityView.PATH)
@AnonymousAllowed
class AccessibilityView extends Main implements HasDynamicTitle {

    static final String PATH = "accessibility";

    AccessibilityView(@Value("${urpaq.accessibility-contact}") String contact) {
        addClassNames("applicant-view", "accessibility-view");
        add(new ViewHeader(getTranslation("a11y.statement.title"), getTranslation("a11y.statement.lead")));
        section("a11y.statement.standard", "a11y.statement.standard.text");
        section("a11y.statement.testing", "a11y.statement.testing.text");
        add(new H2(getTranslation("a11y.statement.limits")));
        add(new UnorderedList(new ListItem(getTranslation("a11y.statement.limits.pdf")),
                new ListItem(getTranslation("a11y.statement.limits.attachments")),
                new ListItem(getTranslation("a11y.statement.limits.automatic"))));
        add(new H2(getTranslation("a11y.statement.contact")));
        var write = new Paragraph(getTranslation("a11y.statement.contact.text") + " ");
        var mail = new Anchor("mailto:" + contact, contact);
        mail.setId("accessibility-contact");
        write.add(mail);
        add(write);
    }

    private void section(String heading, String text) {
        add(new H2(getTranslation(heading)), new Paragraph(getTranslation(text)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("a11y.statement.title") + " · " + getTranslation("app.name");
    }
}
