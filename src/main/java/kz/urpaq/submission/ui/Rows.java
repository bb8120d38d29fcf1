package kz.urpaq.submission.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import kz.urpaq.base.domain.Money;
import kz.urpaq.base.ui.DateField;
import kz.urpaq.base.ui.FieldMessages;
import kz.urpaq.base.ui.RowsEditor;
import kz.urpaq.submission.BudgetLine;
import kz.urpaq.submission.Milestone;
import kz.urpaq.submission.TeamMember;

import java.util.function.Function;

/** The rows of the plan, the team and the budget. */
final class Rows {

    private Rows() {
    }

    private static TextField text(String label, int max, String value, Runnable onChange) {
        var field = FieldMessages.text(new TextField(label), max);
        field.setValue(value);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(Counted.PAUSE_MILLIS);
        field.addValueChangeListener(event -> onChange.run());
        return field;
    }

    private static IntegerField number(String label, Integer value, int min, int max, Runnable onChange) {
        var field = FieldMessages.wholeNumber(new IntegerField(label), min, max);
        field.setValue(value);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(Counted.PAUSE_MILLIS);
        field.addValueChangeListener(event -> onChange.run());
        return field;
    }

    static Function<Milestone, RowsEditor.Row<Milestone>> milestone(Function<String, String> t, Runnable onChange) {
        return value -> {
            var title = text(t.apply("application.milestone.title"), Milestone.TITLE_MAX_LENGTH, value.title(), onChange);
            var finishBy = new DateField(t.apply("application.milestone.finish-by"), value.finishBy());
            finishBy.addValueChangeListener(event -> onChange.run());
            var description = text(t.apply("application.milestone.description"), Milestone.DESCRIPTION_MAX_LENGTH,
                    value.description(), onChange);
            var fields = new Div(title, finishBy, description);
            fields.addClassNames("row-fields", "milestone-row");
            return new RowsEditor.Row<>() {
                public Component component() {
                    return fields;
                }

                public Milestone value() {
                    return new Milestone(title.getValue().strip(), finishBy.getValue(), description.getValue().strip());
                }

                public boolean isBlank() {
                    return title.isEmpty() && finishBy.isEmpty() && description.isEmpty();
                }

                public void setReadOnly(boolean readOnly) {
                    title.setReadOnly(readOnly);
                    finishBy.setReadOnly(readOnly);
                    description.setReadOnly(readOnly);
                }
            };
        };
    }

    static Function<TeamMember, RowsEditor.Row<TeamMember>> teamMember(Function<String, String> t, Runnable onChange) {
        return value -> {
            var name = text(t.apply("application.team.name"), TeamMember.NAME_MAX_LENGTH, value.fullName(), onChange);
            var role = text(t.apply("application.team.role"), TeamMember.ROLE_MAX_LENGTH, value.role(), onChange);
            var age = number(t.apply("application.team.age"), value.age(), 5, 120, onChange);
            var fields = new Div(name, role, age);
            fields.addClassNames("row-fields", "team-row");
            return new RowsEditor.Row<>() {
                public Component component() {
                    return fields;
                }

                public TeamMember value() {
                    return new TeamMember(name.getValue().strip(), role.getValue().strip(), age.getValue());
                }

                public boolean isBlank() {
                    return name.isEmpty() && role.isEmpty() && age.isEmpty();
                }

                public void setReadOnly(boolean readOnly) {
                    name.setReadOnly(readOnly);
                    role.setReadOnly(readOnly);
                    age.setReadOnly(readOnly);
                }
            };
        };
    }

    static Function<BudgetLine, RowsEditor.Row<BudgetLine>> budgetLine(Function<String, String> t, Runnable onChange) {
        return value -> {
            var total = new Span();
            total.addClassName("line-total");
            Runnable[] refresh = new Runnable[1];
            Runnable changed = () -> {
                refresh[0].run();
                onChange.run();
            };
            var item = text(t.apply("application.budget.item"), BudgetLine.ITEM_MAX_LENGTH, value.item(), changed);
            var quantity = number(t.apply("application.budget.quantity"), value.quantity() == 0 ? null : value.quantity(),
                    1, BudgetLine.QUANTITY_MAX, changed);
            var unitCost = number(t.apply("application.budget.unit-cost"),
                    value.unitCostTenge() == 0 && value.item().isEmpty() ? null : (int) value.unitCostTenge(), 0,
                    (int) Math.min(Integer.MAX_VALUE, BudgetLine.UNIT_COST_MAX), changed);
            unitCost.setSuffixComponent(new Span("₸"));
            refresh[0] = () -> total.setText(Money.tenge(
                    (long) (quantity.getValue() == null ? 0 : quantity.getValue())
                            * (unitCost.getValue() == null ? 0 : unitCost.getValue())));
            refresh[0].run();
            var fields = new Div(item, quantity, unitCost, total);
            fields.addClassNames("row-fields", "budget-row");
            return new RowsEditor.Row<>() {
                public Component component() {
                    return fields;
                }

                public BudgetLine value() {
                    return new BudgetLine(item.getValue().strip(),
                            quantity.getValue() == null ? 0 : quantity.getValue(),
                            unitCost.getValue() == null ? 0 : unitCost.getValue());
                }

                public boolean isBlank() {
                    return item.isEmpty() && quantity.isEmpty() && unitCost.isEmpty();
                }

                public void setReadOnly(boolean readOnly) {
                    item.setReadOnly(readOnly);
                    quantity.setReadOnly(readOnly);
                    unitCost.setReadOnly(readOnly);
                }
            };
        };
    }
}
