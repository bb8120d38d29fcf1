package kz.urpaq.applicant.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.data.binder.Binder;

/** Small things both forms do with their binder. */
final class FormSupport {

    private FormSupport() {
    }

    /** Validates every field, shows every message, and puts the cursor in the first wrong field. */
    static <T> boolean validateAndFocus(Binder<T> binder) {
        var status = binder.validate();
        if (status.isOk()) {
            return true;
        }
        status.getFieldValidationErrors().stream().findFirst()
                .map(error -> error.getField())
                .filter(field -> field instanceof Focusable<?>)
                .ifPresent(field -> ((Focusable<?>) field).focus());
        return false;
    }
}
