package kz.urpaq.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;

/** The title and one line of explanation at the top of a view. */
public class ViewHeader extends Header {

    public ViewHeader(String title, String description) {
        addClassName("view-header");
        add(new H1(title));
        if (!description.isBlank()) {
            add(new Paragraph(description));
        }
    }
}
