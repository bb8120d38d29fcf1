package kz.urpaq.applicant.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import kz.urpaq.applicant.AgeRule;
import kz.urpaq.applicant.ApplicantProfile;
import kz.urpaq.applicant.ApplicantRules;
import kz.urpaq.applicant.District;
import kz.urpaq.applicant.Iin;
import kz.urpaq.applicant.PhoneNumber;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.base.ui.DateField;
import kz.urpaq.base.ui.FieldMessages;
import kz.urpaq.security.AccountRules;
import kz.urpaq.security.Refusal;
import kz.urpaq.security.UserAccount;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The fields registration and the profile page share, checked by the same rules the services
 * apply. Each field's id is the name services use when they refuse it.
 */
class ApplicantFields extends FormLayout {

    final TextField fullName = new TextField();
    final TextField iin = new TextField();
    final DateField birthDate;
    final TextField phone = new TextField();
    final ComboBox<District> district = new ComboBox<>();
    final TextField placeOfStudy = new TextField();
    // Three languages read best as radio buttons; a required Select also puts aria-required on
    // an element with the role button, which screen readers do not expect.
    final RadioButtonGroup<Language> language = new RadioButtonGroup<>();
    final TextField guardianName = new TextField();
    final TextField guardianPhone = new TextField();
    final Checkbox guardianConfirmed = new Checkbox();
    final Div guardian = new Div();

    private final Binder<ApplicantDraft> binder;
    private final Optional<AgeRule> ageRule;
    private final LocalDate today;
    private final Map<String, Component> byName = new HashMap<>();

    ApplicantFields(Binder<ApplicantDraft> binder, Optional<AgeRule> ageRule, LocalDate today) {
        this.binder = binder;
        this.ageRule = ageRule;
        this.today = today;
        this.birthDate = new DateField(getTranslation("profile.birth-date"));
        addClassName("applicant-fields");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));

        text(fullName, ApplicantRules.FIELD_FULL_NAME, "profile.full-name", UserAccount.DISPLAY_NAME_MAX_LENGTH);
        fullName.setAutocomplete(Autocomplete.NAME);
        fullName.setHelperText(getTranslation("profile.full-name.hint"));
        binder.forField(fullName).asRequired(getTranslation("account.error.full-name-required"))
                .withValidator(rule(AccountRules::checkDisplayName))
                .bind(d -> d.fullName, (d, v) -> d.fullName = v);

        // No length limit or character filter in the browser: they would cut or refuse a pasted
        // "880101 300 123" and mark a short number red with no message. The IIN rule says what is wrong.
        text(iin, ApplicantRules.FIELD_IIN, "profile.iin");
        iin.setHelperText(getTranslation("profile.iin.hint"));
        iin.getElement().setAttribute("inputmode", "numeric");
        iin.addValueChangeListener(event -> {
            var digits = Iin.normalize(event.getValue());
            if (!digits.equals(event.getValue())) {
                iin.setValue(digits);
            }
        });
        var iinBinding = binder.forField(iin).asRequired(getTranslation("iin.error.required"))
                .withValidator(rule(value -> ApplicantRules.checkIin(value, birthDate.getValue())))
                .bind(d -> d.iin, (d, v) -> d.iin = v);

        name(birthDate, ApplicantRules.FIELD_BIRTH_DATE);
        birthDate.setRequiredIndicatorVisible(true);
        birthDate.setMax(today);
        birthDate.setI18n(birthDate.getI18n().setMaxErrorMessage(getTranslation("birth-date.error.future")));
        birthDate.setInitialPosition(today.minusYears(AgeRule.ADULT_AGE));
        binder.forField(birthDate).asRequired(getTranslation("birth-date.error.required"))
                .withValidator(rule(value -> ApplicantRules.checkBirthDate(value, ageRule, today)))
                .bind(d -> d.birthDate, (d, v) -> d.birthDate = v);
        birthDate.addValueChangeListener(event -> {
            guardian.setVisible(isMinor());
            if (!iin.isEmpty() && !iin.isReadOnly()) {
                iinBinding.validate();
            }
        });

        text(phone, ApplicantRules.FIELD_PHONE, "profile.phone", PhoneNumber.MAX_LENGTH);
        phoneField(phone);
        binder.forField(phone).asRequired(getTranslation("phone.error.required"))
                .withValidator(rule(value -> ApplicantRules.checkPhone(ApplicantRules.FIELD_PHONE, value)))
                .bind(d -> d.phone, (d, v) -> d.phone = v);

        name(district, ApplicantRules.FIELD_DISTRICT);
        district.setLabel(getTranslation("profile.district"));
        district.setItems(District.values());
        district.setItemLabelGenerator(d -> d.displayName().in(getLocale()));
        district.setRequiredIndicatorVisible(true);
        district.setHelperText(getTranslation("profile.district.helper"));
        binder.forField(district).asRequired(getTranslation("district.error.required"))
                .bind(d -> d.district, (d, v) -> d.district = v);

        text(placeOfStudy, ApplicantRules.FIELD_PLACE_OF_STUDY, "profile.place-of-study",
                ApplicantProfile.PLACE_MAX_LENGTH);
        placeOfStudy.setHelperText(getTranslation("profile.place-of-study.hint"));
        binder.forField(placeOfStudy).asRequired(getTranslation("place-of-study.error.required"))
                .withValidator(rule(ApplicantRules::checkPlaceOfStudy))
                .bind(d -> d.placeOfStudy, (d, v) -> d.placeOfStudy = v);

        name(language, "language");
        language.setLabel(getTranslation("profile.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        language.setRequiredIndicatorVisible(true);
        language.setHelperText(getTranslation("profile.language.hint"));
        binder.forField(language).asRequired().bind(d -> d.language, (d, v) -> d.language = v);

        add(fullName, iin, birthDate, phone, district, placeOfStudy, language, guardianSection());
        setColspan(guardian, 2);
    }

    private Component guardianSection() {
        text(guardianName, ApplicantRules.FIELD_GUARDIAN_NAME, "guardian.name", ApplicantProfile.GUARDIAN_NAME_MAX_LENGTH);
        binder.forField(guardianName)
                .withValidator(whenMinor(ApplicantRules::checkGuardianName))
                .bind(d -> d.guardianName, (d, v) -> d.guardianName = v);
        text(guardianPhone, ApplicantRules.FIELD_GUARDIAN_PHONE, "guardian.phone", PhoneNumber.MAX_LENGTH);
        phoneField(guardianPhone);
        binder.forField(guardianPhone)
                .withValidator(whenMinor(value -> ApplicantRules.checkPhone(ApplicantRules.FIELD_GUARDIAN_PHONE, value)))
                .bind(d -> d.guardianPhone, (d, v) -> d.guardianPhone = v);
        name(guardianConfirmed, ApplicantRules.FIELD_GUARDIAN_CONFIRMED);
        guardianConfirmed.setLabel(getTranslation("guardian.confirmed"));
        binder.forField(guardianConfirmed)
                .withValidator(whenMinor(ApplicantRules::checkGuardianConfirmed))
                .bind(d -> d.guardianConfirmed, (d, v) -> d.guardianConfirmed = v);

        var fields = new FormLayout(guardianName, guardianPhone, guardianConfirmed);
        fields.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        fields.setColspan(guardianConfirmed, 2);
        guardian.add(new H2(getTranslation("guardian.title")), new Paragraph(getTranslation("guardian.text")), fields);
        guardian.addClassName("guardian-section");
        guardian.setVisible(false);
        return guardian;
    }

    boolean isMinor() {
        return birthDate.getValue() != null && AgeRule.isMinorOn(birthDate.getValue(), today);
    }

    /** Shows a service's refusal at its field; false when no field of this form has that name. */
    boolean show(Refusal refusal) {
        var field = byName.get(refusal.field());
        if (field instanceof HasValidationProperties validated) {
            validated.setErrorMessage(getTranslation(refusal.messageKey(), refusal.argsArray()));
            validated.setInvalid(true);
            if (field instanceof Focusable<?> focusable) {
                focusable.focus();
            }
            return true;
        }
        return false;
    }

    /** Registers another field of the enclosing form under the name services use. */
    void name(Component field, String name) {
        field.setId(name);
        byName.put(name, field);
    }

    private void text(TextField field, String name, String labelKey, int maxLength) {
        text(field, name, labelKey);
        FieldMessages.text(field, maxLength);
    }

    private void text(TextField field, String name, String labelKey) {
        name(field, name);
        field.setLabel(getTranslation(labelKey));
        field.setRequiredIndicatorVisible(true);
    }

    /** No character filter: it would drop a pasted number silently; the phone rule explains instead. */
    private void phoneField(TextField field) {
        field.setPlaceholder(getTranslation("profile.phone.placeholder"));
        field.setAutocomplete(Autocomplete.TEL);
        field.getElement().setAttribute("inputmode", "tel");
        field.addValueChangeListener(event -> PhoneNumber.normalize(event.getValue())
                .filter(normalized -> !normalized.equals(event.getValue()))
                .ifPresent(field::setValue));
    }

    /** A binder validator from one of the shared rules; the message in the page's language. */
    <T> Validator<T> rule(Function<T, Optional<Refusal>> check) {
        return (value, context) -> check.apply(value)
                .map(refusal -> ValidationResult.error(getTranslation(refusal.messageKey(), refusal.argsArray())))
                .orElse(ValidationResult.ok());
    }

    private <T> Validator<T> whenMinor(Function<T, Optional<Refusal>> check) {
        Validator<T> validator = rule(check);
        return (value, context) -> isMinor() ? validator.apply(value, context) : ValidationResult.ok();
    }

    /** After a stored profile is loaded: its IIN and birth date are fixed. */
    void fixIdentity() {
        iin.setReadOnly(true);
        birthDate.setReadOnly(true);
        iin.setHelperText(getTranslation("profile.identity-fixed"));
        guardian.setVisible(isMinor());
    }
}
