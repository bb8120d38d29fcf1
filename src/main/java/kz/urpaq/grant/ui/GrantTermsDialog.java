package kz.urpaq.grant.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.ui.DateField;
import kz.urpaq.base.ui.FieldMessages;
import kz.urpaq.base.ui.Notifications;
import kz.urpaq.base.ui.RowsEditor;
import kz.urpaq.base.ui.RowsField;
import kz.urpaq.grant.GrantService;
import kz.urpaq.grant.GrantTermsView;
import kz.urpaq.grant.TrancheShare;
import kz.urpaq.grant.TrancheTrigger;
import org.jspecify.annotations.Nullable;

import java.util.Map;

/**
 * A competition's grant terms, opened from the grant register: the agreement texts in Kazakh and
 * Russian, the interim and final report due dates and the tranche schedule, bound to
 * {@link GrantTermsView} by component name (decision 021). The service's refusals are shown on the
 * field they concern; nothing changes until the service accepts the whole.
 */
class GrantTermsDialog extends Dialog {

    /** The field each refusal of {@code changeTerms} concerns. */
    private static final Map<String, String> REFUSAL_FIELDS = Map.of(
            "grant.refused.terms-text", "textKk",
            "grant.refused.schedule-sum", "schedule",
            "grant.refused.report-dates", "finalReportDue");

    private final GrantService grants;
    private final long competitionId;
    private final Binder<GrantTermsView> binder = new Binder<>(GrantTermsView.class);
    private final Map<String, HasValidation> fields;

    GrantTermsDialog(GrantService grants, long competitionId) {
        this.grants = grants;
        this.competitionId = competitionId;
        setHeaderTitle(getTranslation("grant.terms.title"));
        setId("grant-terms-dialog");
        setWidth("min(48rem, 100vw)");

        var textKk = text("textKk", "grant-terms-text-kk", "grant.terms.text-kk");
        var textRu = text("textRu", "grant-terms-text-ru", "grant.terms.text-ru");
        var interim = date("interimReportDue", "grant-terms-interim-due", "grant.terms.interim-due");
        var finalDue = date("finalReportDue", "grant-terms-final-due", "grant.terms.final-due");
        var schedule = new RowsField<>(new RowsEditor<>("grant-terms-schedule-rows",
                getTranslation("grant.terms.schedule.add"), getTranslation("grant.terms.schedule.remove"),
                TrancheTrigger.values().length * 4, null, this::trancheRow, () -> { }));
        schedule.setLabel(getTranslation("grant.terms.schedule"));
        schedule.setHelperText(getTranslation("grant.terms.schedule.hint"));
        schedule.setId("grant-terms-schedule");
        binder.forField(schedule)
                .asRequired(getTranslation("grant.terms.schedule.incomplete"))
                .bind("schedule");
        fields = Map.of("textKk", textKk, "textRu", textRu, "interimReportDue", interim,
                "finalReportDue", finalDue, "schedule", schedule);

        var dates = new Div(interim, finalDue);
        dates.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0 1rem");
        add(new Paragraph(getTranslation("grant.terms.description")), textKk, textRu, dates, schedule);

        var save = new Button(getTranslation("grant.terms.save"), click -> save());
        save.setId("grant-terms-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        var cancel = new Button(getTranslation("grant.cancel"), click -> close());
        cancel.setId("grant-terms-cancel");
        getFooter().add(cancel, save);
        binder.readRecord(grants.terms(competitionId));
    }

    private TextArea text(String name, String id, String labelKey) {
        var field = FieldMessages.text(new TextArea(getTranslation(labelKey)), GrantService.TERMS_TEXT_MAX_LENGTH);
        field.setId(id);
        field.setRequired(true);
        field.setWidthFull();
        field.setMaxHeight("16rem");
        binder.forField(field).asRequired(getTranslation("field.error.required")).bind(name);
        return field;
    }

    private DateField date(String name, String id, String labelKey) {
        var field = new DateField(getTranslation(labelKey));
        field.setId(id);
        field.setClearButtonVisible(true);
        binder.forField(field).bind(name);
        return field;
    }

    private RowsEditor.Row<TrancheShare> trancheRow(@Nullable TrancheShare share) {
        var percent = FieldMessages.wholeNumber(new IntegerField(getTranslation("grant.terms.percent")), 1, 100);
        percent.addClassName("grant-terms-percent");
        percent.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        percent.setWidth("7rem");
        var trigger = new Select<TrancheTrigger>();
        trigger.setLabel(getTranslation("grant.terms.trigger"));
        trigger.addClassName("grant-terms-trigger");
        trigger.setItems(TrancheTrigger.values());
        trigger.setItemLabelGenerator(t -> t == null ? "" : getTranslation(t.labelKey()));
        trigger.setWidth("min(18rem, 100%)");
        if (share != null) {
            percent.setValue(share.percent());
            trigger.setValue(share.dueOn());
        }
        var row = new Div(percent, trigger);
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0 1rem");
        return new RowsEditor.Row<>() {
            @Override
            public Component component() {
                return row;
            }

            @Override
            public TrancheShare value() {
                if (percent.getValue() == null || trigger.getValue() == null) {
                    throw new IllegalArgumentException(); // an incomplete tranche: the field reads empty
                }
                return new TrancheShare(percent.getValue(), trigger.getValue());
            }

            @Override
            public boolean isBlank() {
                return percent.isEmpty() && trigger.isEmpty();
            }

            @Override
            public void setReadOnly(boolean readOnly) {
                percent.setReadOnly(readOnly);
                trigger.setReadOnly(readOnly);
            }
        };
    }

    private void save() {
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            var saved = grants.changeTerms(competitionId, binder.writeRecord());
            binder.readRecord(saved);
            Notifications.success(getTranslation("grant.terms.saved"));
            close();
        } catch (ValidationException invalid) {
            // The binder has marked the fields that do not read; nothing was sent.
        } catch (RefusedException refused) {
            var message = Notifications.message(this, refused);
            var field = fields.get(REFUSAL_FIELDS.get(refused.messageKey()));
            if (field == null) {
                Notifications.refused(this, refused);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        }
    }
}
