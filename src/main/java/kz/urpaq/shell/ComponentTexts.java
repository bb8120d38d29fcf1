package kz.urpaq.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Gives every page the texts of Vaadin's web components that have no Java I18n object (the
 * password field's "Show password", the grid's "Select All" and "Select Row", the connection
 * indicator's "Online"), in the page's language, from the translation files. One place for all
 * views, the login page included; the script is {@code frontend/scripts/component-texts.js}.
 */
@Component
class ComponentTexts implements VaadinServiceInitListener {

    static final String SCRIPT = "context://scripts/component-texts.js";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            var ui = uiEvent.getUI();
            ui.getPage().addJavaScript(SCRIPT);
            ui.addAfterNavigationListener(navigation -> send(ui));
        });
    }

    private static void send(UI ui) {
        ui.getPage().executeJs("""
                window.urpaqComponentTexts({reveal: $0, selectAll: $1, selectRow: $2,
                    online: $3, offline: $4, reconnecting: $5})""",
                ui.getTranslation("a11y.show-password"), ui.getTranslation("a11y.select-all"),
                ui.getTranslation("a11y.select-row"), ui.getTranslation("a11y.online"),
                ui.getTranslation("a11y.offline"), ui.getTranslation("a11y.reconnecting"));
    }
}
