package kz.urpaq.applicant.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.dom.Element;

import java.util.ArrayList;
import java.util.List;

/** Small things both forms do with their binder. */
final class FormSupport {

    private FormSupport() {
    }

    /**
     * Validates every field, shows every message, and puts the cursor in the first wrong field as
     * the page shows them (the binder's own order is the order the fields were bound in).
     */
    static <T> boolean validateAndFocus(Binder<T> binder, Component form) {
        var status = binder.validate();
        if (status.isOk()) {
            return true;
        }
        var invalid = status.getFieldValidationErrors().stream()
                .map(error -> error.getField())
                .filter(field -> field instanceof Component && field instanceof Focusable<?>)
                .map(field -> (Component) field)
                .toList();
        var order = inPageOrder(form.getElement());
        invalid.stream()
                .min((a, b) -> Integer.compare(position(order, a), position(order, b)))
                .ifPresent(field -> ((Focusable<?>) field).focus());
        return false;
    }

    private static int position(List<Element> order, Component field) {
        var index = order.indexOf(field.getElement());
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private static List<Element> inPageOrder(Element root) {
        var all = new ArrayList<Element>();
        all.add(root);
        root.getChildren().forEach(child -> all.addAll(inPageOrder(child)));
        return all;
    }
}
