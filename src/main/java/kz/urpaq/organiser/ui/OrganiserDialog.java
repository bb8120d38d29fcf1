package kz.urpaq.organiser.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import kz.urpaq.base.domain.LocalizedText;
import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.ui.Notifications;
import kz.urpaq.organiser.OrganiserService;
import kz.urpaq.organiser.OrganiserSpec;
import kz.urpaq.security.ui.StepUpPrompt;

import java.util.ArrayList;
import java.util.List;

/** A new organiser: its code (in addresses), names and region in three languages, contact and signatory. */
class OrganiserDialog extends Dialog {

    private final OrganiserService organisers;
    private final Runnable onCreated;
    private final TextField code = field("organiser-code", "organisers.field.code");
    private final List<TextField> name = threeLanguages("organiser-name", "organisers.field.name");
    private final List<TextField> region = threeLanguages("organiser-region", "organisers.field.region");
    private final EmailField email = new EmailField();
    private final TextField phone = field("organiser-phone", "organisers.field.phone");
    private final TextField signatory = field("organiser-signatory", "organisers.field.signatory");
    private final List<TextField> position = threeLanguages("organiser-position", "organisers.field.position");

    OrganiserDialog(OrganiserService organisers, StepUpPrompt stepUp, Runnable onCreated) {
        this.organisers = organisers;
        this.onCreated = onCreated;
        setId("organiser-dialog");
        setHeaderTitle(getTranslation("organisers.new"));
        setWidth("min(48rem, 100vw)");
        code.setHelperText(getTranslation("organisers.field.code.hint"));
        email.setId("organiser-email");
        email.setLabel(getTranslation("organisers.field.contact"));
        email.setRequiredIndicatorVisible(true);
        var form = new FormLayout();
        form.add(code);
        name.forEach(form::add);
        region.forEach(form::add);
        form.add(email, phone, signatory);
        position.forEach(form::add);
        add(form);
        var save = new Button(getTranslation("organisers.create"), click -> stepUp.around(this::save));
        save.setId("organiser-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("users.dialog.cancel"), click -> close()), save);
    }

    private void save() {
        var missing = new ArrayList<TextField>();
        for (var field : all()) {
            field.setInvalid(field.getValue().isBlank());
            if (field.isInvalid()) {
                field.setErrorMessage(getTranslation("organisers.field.required"));
                missing.add(field);
            }
        }
        email.setInvalid(email.getValue().isBlank());
        email.setErrorMessage(getTranslation("organisers.field.required"));
        if (!missing.isEmpty() || email.isInvalid()) {
            (missing.isEmpty() ? email : missing.getFirst()).focus();
            return;
        }
        try {
            organisers.create(new OrganiserSpec(code.getValue().strip(), text(name), text(region),
                    email.getValue().strip(), phone.getValue().strip(), signatory.getValue().strip(), text(position)));
            close();
            onCreated.run();
            Notifications.success(getTranslation("organisers.created", code.getValue().strip()));
        } catch (RefusedException refused) {
            code.setErrorMessage(Notifications.message(this, refused));
            code.setInvalid(true);
            code.focus();
        }
    }

    private List<TextField> all() {
        var fields = new ArrayList<TextField>();
        fields.add(code);
        fields.addAll(name);
        fields.addAll(region);
        fields.add(phone);
        fields.add(signatory);
        fields.addAll(position);
        return fields;
    }

    private static LocalizedText text(List<TextField> fields) {
        return new LocalizedText(fields.get(0).getValue().strip(), fields.get(1).getValue().strip(),
                fields.get(2).getValue().strip());
    }

    private TextField field(String id, String labelKey) {
        var field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setRequiredIndicatorVisible(true);
        field.setMaxLength(300);
        return field;
    }

    private List<TextField> threeLanguages(String id, String labelKey) {
        return List.of("kk", "ru", "en").stream().map(language -> {
            var field = field(id + "-" + language, labelKey);
            field.setLabel(getTranslation(labelKey) + " (" + getTranslation("organisers.language." + language) + ")");
            return field;
        }).toList();
    }
}
