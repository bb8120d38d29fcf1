package kz.urpaq.base.i18n;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The language switch shown on every page, the login page included: the {@code vaadin-select}
 * web component given its three items as a property, which it renders itself. Flow's
 * {@code Select} would make each item a component with a text node, a list box, a key mapper and
 * a validation controller in every session (docs/benchmarks.md §2); the items are the same for
 * everyone, so they are one JSON array for the whole server.
 */
@Tag("vaadin-select")
@NpmPackage(value = "@vaadin/select", version = "25.2.6")
@JsModule("@vaadin/select/src/vaadin-select.js")
public class LanguageSelector extends Component {

    /** Each language named in itself, its code the value: never changed after it is made. */
    private static final ArrayNode ITEMS = items();

    public LanguageSelector(LanguagePreferences preferences) {
        getElement().setPropertyJson("items", ITEMS);
        getElement().setProperty("value", Language.of(UI.getCurrent().getLocale()).code());
        getElement().setProperty("accessibleName", getTranslation("language.select"));
        getElement().getClassList().add("language-selector");
        // The browser sends the chosen code with the change; the page reloads in that language.
        getElement().addEventListener("change", event -> {
            var chosen = event.getEventData().get("element.value");
            if (chosen != null && chosen.isString() && !chosen.asString().isEmpty()) {
                var language = Language.of(chosen.asString());
                preferences.remember(language);
                UI.getCurrent().setLocale(language.locale());
                UI.getCurrent().getPage().reload();
            }
        }).addEventData("element.value");
    }

    private static ArrayNode items() {
        var items = JsonNodeFactory.instance.arrayNode();
        for (var language : Language.values()) {
            items.add(JsonNodeFactory.instance.objectNode().put("label", language.nativeName())
                    .put("value", language.code()));
        }
        return items;
    }
}
