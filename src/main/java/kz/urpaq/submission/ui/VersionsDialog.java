package kz.urpaq.submission.ui;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.ui.Notifications;
import kz.urpaq.submission.ScreeningService;
import kz.urpaq.submission.VersionDiff;
import kz.urpaq.submission.VersionSummary;
import kz.urpaq.submission.attachment.AttachmentKind;

/**
 * Compares two versions of an application for the organisers (domain.md §13): each field that
 * changed, before and after, and the files added and removed. The last two versions are compared first.
 */
class VersionsDialog extends Dialog {

    private final ScreeningService screening;
    private final long applicationId;
    private final Select<VersionSummary> from = new Select<>();
    private final Select<VersionSummary> to = new Select<>();
    private final Div changes = new Div();

    VersionsDialog(ScreeningService screening, long applicationId) {
        this.screening = screening;
        this.applicationId = applicationId;
        setHeaderTitle(getTranslation("versions.title"));
        setWidth("min(60rem, 95vw)");
        changes.setId("version-changes");
        changes.addClassName("version-changes");
        var versions = screening.versions(applicationId);
        for (var select : java.util.List.of(from, to)) {
            select.setItems(versions);
            select.setItemLabelGenerator(v -> getTranslation("versions.version", v.number(),
                    Almaty.dateTime(v.submittedAt())));
            select.addValueChangeListener(e -> show());
        }
        from.setLabel(getTranslation("versions.from"));
        to.setLabel(getTranslation("versions.to"));
        var pickers = new Div(from, to);
        pickers.addClassName("filters");
        add(pickers, changes);
        getFooter().add(new Button(getTranslation("screening.close"), click -> close()));
        if (versions.size() < 2) {
            changes.add(new Paragraph(getTranslation("versions.only-one")));
        } else {
            from.setValue(versions.get(versions.size() - 2));
            to.setValue(versions.getLast());
        }
    }

    private void show() {
        changes.removeAll();
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        VersionDiff diff;
        try {
            diff = screening.diff(applicationId, from.getValue().number(), to.getValue().number());
        } catch (RefusedException refused) {
            Notifications.refused(this, refused);
            return;
        }
        if (diff.unchanged()) {
            changes.add(new Paragraph(getTranslation("versions.unchanged")));
            return;
        }
        for (var field : diff.fields()) {
            var before = new Paragraph(field.before().isBlank() ? getTranslation("versions.empty") : field.before());
            before.addClassName("version-before");
            var after = new Paragraph(field.after().isBlank() ? getTranslation("versions.empty") : field.after());
            after.addClassName("version-after");
            var change = new Div(new H3(getTranslation(field.labelKey())),
                    new Span(getTranslation("versions.before")), before, new Span(getTranslation("versions.after")), after);
            change.addClassName("version-change");
            changes.add(change);
        }
        files(diff.filesAdded(), "versions.files-added");
        files(diff.filesRemoved(), "versions.files-removed");
    }

    private void files(java.util.List<String> files, String key) {
        if (files.isEmpty()) {
            return;
        }
        var list = new UnorderedList();
        for (var file : files) {
            var colon = file.indexOf(':');
            var kind = AttachmentKind.valueOf(file.substring(0, colon));
            list.add(new ListItem(getTranslation(kind.labelKey()) + ": " + file.substring(colon + 1)));
        }
        changes.add(new H3(getTranslation(key)), list);
    }
}
