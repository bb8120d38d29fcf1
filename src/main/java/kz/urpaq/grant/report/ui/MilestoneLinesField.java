package kz.urpaq.grant.report.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.ui.FieldMessages;
import kz.urpaq.grant.report.MilestoneLine;
import kz.urpaq.grant.report.MilestoneStatus;
import kz.urpaq.submission.Milestone;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * One block per milestone of the application (its title, date and description as written then), with
 * how far it got and a note. The milestones are the application's: none can be added or removed.
 */
class MilestoneLinesField extends CustomField<List<MilestoneLine>> {

    private final List<RadioButtonGroup<MilestoneStatus>> statuses = new ArrayList<>();
    private final List<TextArea> notes = new ArrayList<>();

    MilestoneLinesField(String idPrefix, List<Milestone> plan) {
        addClassName("report-milestones");
        if (plan.isEmpty()) {
            add(new Paragraph(getTranslation("grant.report.milestones.none")));
        }
        for (var i = 0; i < plan.size(); i++) {
            var milestone = plan.get(i);
            var block = new Div(new H3((i + 1) + ". " + milestone.title()));
            block.addClassName("report-line");
            if (milestone.finishBy() != null) {
                block.add(new Paragraph(getTranslation("grant.report.milestone.finish-by",
                        milestone.finishBy().format(DateTimeFormatter.ofPattern(Almaty.DATE_PATTERN)))));
            }
            if (!milestone.description().isBlank()) {
                var description = new Paragraph(milestone.description());
                description.addClassName("report-planned");
                block.add(description);
            }
            var status = new RadioButtonGroup<MilestoneStatus>(
                    getTranslation("grant.report.milestone.status", milestone.title()));
            status.setItems(MilestoneStatus.values());
            status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
            status.setId(idPrefix + "milestone-status-" + i);
            status.addValueChangeListener(event -> updateValue());
            var note = FieldMessages.text(new TextArea(getTranslation("grant.report.milestone.note",
                    milestone.title())), MilestoneLine.NOTE_MAX_LENGTH);
            note.setWidthFull();
            note.setValueChangeMode(ValueChangeMode.LAZY);
            note.setId(idPrefix + "milestone-note-" + i);
            note.addValueChangeListener(event -> updateValue());
            statuses.add(status);
            notes.add(note);
            block.add(status, note);
            add(block);
        }
    }

    @Override
    protected List<MilestoneLine> generateModelValue() {
        var lines = new ArrayList<MilestoneLine>();
        for (var i = 0; i < statuses.size(); i++) {
            lines.add(new MilestoneLine(i, statuses.get(i).getValue(), notes.get(i).getValue().strip()));
        }
        return lines;
    }

    @Override
    protected void setPresentationValue(List<MilestoneLine> lines) {
        for (var i = 0; i < statuses.size(); i++) {
            statuses.get(i).setValue(null);
            notes.get(i).setValue("");
        }
        for (var line : lines) {
            if (line.milestone() >= 0 && line.milestone() < statuses.size()) {
                statuses.get(line.milestone()).setValue(line.status());
                notes.get(line.milestone()).setValue(line.note());
            }
        }
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        statuses.forEach(s -> s.setReadOnly(readOnly));
        notes.forEach(n -> n.setReadOnly(readOnly));
    }
}
