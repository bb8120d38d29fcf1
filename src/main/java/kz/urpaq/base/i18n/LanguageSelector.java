package kz.urpaq.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;

/** The language switch shown on every page, the login page included. */
public class LanguageSelector extends Select<Language> {

    public LanguageSelector(LanguagePreferences preferences) {
        setItems(Language.values());
        setItemLabelGenerator(Language::nativeName);
        setValue(Language.of(UI.getCurrent().getLocale()));
        setAriaLabel(getTranslation("language.select"));
        addClassName("language-selector");
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                preferences.remember(event.getValue());
                UI.getCurrent().setLocale(event.getValue().locale());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
