package kz.urpaq.grant.report.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import kz.urpaq.base.domain.Money;
import kz.urpaq.base.ui.FieldMessages;
import kz.urpaq.grant.report.SpendingLine;
import kz.urpaq.submission.BudgetLine;

import java.util.ArrayList;
import java.util.List;

/**
 * One block per budget line of the application: what was planned (quantity × unit cost) beside what
 * was actually spent and a note. The lines are the application's: none can be added or removed.
 */
class SpendingLinesField extends CustomField<List<SpendingLine>> {

    private final List<IntegerField> actuals = new ArrayList<>();
    private final List<TextField> notes = new ArrayList<>();

    SpendingLinesField(String idPrefix, List<BudgetLine> plan) {
        addClassName("report-spending");
        if (plan.isEmpty()) {
            add(new Paragraph(getTranslation("grant.report.spending.none")));
        }
        for (var i = 0; i < plan.size(); i++) {
            var line = plan.get(i);
            var planned = new Paragraph(getTranslation("grant.report.spending.planned", line.quantity(),
                    Money.tenge(line.unitCostTenge()), Money.tenge(line.totalTenge())));
            planned.addClassName("report-planned");
            var actual = FieldMessages.wholeNumber(new IntegerField(
                    getTranslation("grant.report.spending.actual", line.item())));
            actual.setValueChangeMode(ValueChangeMode.LAZY);
            actual.setId(idPrefix + "spending-actual-" + i);
            actual.addValueChangeListener(event -> updateValue());
            var note = FieldMessages.text(new TextField(getTranslation("grant.report.spending.note", line.item())),
                    SpendingLine.NOTE_MAX_LENGTH);
            note.setWidthFull();
            note.setValueChangeMode(ValueChangeMode.LAZY);
            note.setId(idPrefix + "spending-note-" + i);
            note.addValueChangeListener(event -> updateValue());
            actuals.add(actual);
            notes.add(note);
            var block = new Div(new H3(line.item()), planned, actual, note);
            block.addClassName("report-line");
            add(block);
        }
    }

    @Override
    protected List<SpendingLine> generateModelValue() {
        var lines = new ArrayList<SpendingLine>();
        for (var i = 0; i < actuals.size(); i++) {
            var actual = actuals.get(i).getValue();
            lines.add(new SpendingLine(i, actual == null ? 0 : Math.max(0, actual), notes.get(i).getValue().strip()));
        }
        return lines;
    }

    @Override
    protected void setPresentationValue(List<SpendingLine> lines) {
        for (var i = 0; i < actuals.size(); i++) {
            actuals.get(i).setValue(0);
            notes.get(i).setValue("");
        }
        for (var line : lines) {
            if (line.budgetLine() >= 0 && line.budgetLine() < actuals.size()) {
                actuals.get(line.budgetLine()).setValue((int) Math.min(Integer.MAX_VALUE, line.actualTenge()));
                notes.get(line.budgetLine()).setValue(line.note());
            }
        }
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        actuals.forEach(a -> a.setReadOnly(readOnly));
        notes.forEach(n -> n.setReadOnly(readOnly));
    }

    /** Whether every amount typed is a number the field accepts. */
    boolean amountsValid() {
        return actuals.stream().noneMatch(IntegerField::isInvalid);
    }
}
