package kz.urpaq.competition.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import kz.urpaq.base.domain.LocalizedText;
import kz.urpaq.base.ui.FieldMessages;
import org.jspecify.annotations.Nullable;

/**
 * A text an organiser writes in Kazakh, Russian and English, as one field a Binder binds. Its value
 * is empty until all three are written, so a required binding says so on the field.
 */
class LocalizedTextField extends CustomField<@Nullable LocalizedText> {

    private final TextField kk;
    private final TextField ru;
    private final TextField en;

    LocalizedTextField(String kkLabel, String ruLabel, String enLabel, int maxLength) {
        kk = language(kkLabel, maxLength);
        ru = language(ruLabel, maxLength);
        en = language(enLabel, maxLength);
        var grid = new Div(kk, ru, en);
        grid.addClassName("field-grid");
        add(grid);
        setWidthFull();
    }

    /** Only a person's typing updates the value: filling the three from a value would pass through halves. */
    private TextField language(String label, int maxLength) {
        var field = FieldMessages.text(new TextField(label), maxLength);
        field.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                updateValue();
            }
        });
        return field;
    }

    /**
     * Each of the three texts is required, not the group: Vaadin's custom field would put
     * aria-required on its role="group", which that role does not take (axe: aria-allowed-attr).
     */
    @Override
    public void setRequiredIndicatorVisible(boolean required) {
        kk.setRequiredIndicatorVisible(required);
        ru.setRequiredIndicatorVisible(required);
        en.setRequiredIndicatorVisible(required);
    }

    @Override
    public boolean isRequiredIndicatorVisible() {
        return kk.isRequiredIndicatorVisible();
    }

    @Override
    protected @Nullable LocalizedText generateModelValue() {
        var texts = new String[] {kk.getValue().strip(), ru.getValue().strip(), en.getValue().strip()};
        for (var text : texts) {
            if (text.isEmpty()) {
                return null;
            }
        }
        return new LocalizedText(texts[0], texts[1], texts[2]);
    }

    @Override
    protected void setPresentationValue(@Nullable LocalizedText text) {
        kk.setValue(text == null ? "" : text.kk());
        ru.setValue(text == null ? "" : text.ru());
        en.setValue(text == null ? "" : text.en());
    }
}
