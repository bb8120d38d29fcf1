package kz.urpaq.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/** An honest "nothing here yet" with what will fill it and when. */
public class EmptyState extends Div {

    public EmptyState(VaadinIcon icon, String title, String text) {
        addClassName("empty-state");
        var iconComponent = icon.create();
        iconComponent.getElement().setAttribute("aria-hidden", "true");
        add(iconComponent, new H2(title), new Paragraph(text));
    }
}
