package kz.urpaq.grant.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import kz.urpaq.base.domain.Money;
import kz.urpaq.base.ui.FieldMessages;
import kz.urpaq.grant.report.ReportContent;
import kz.urpaq.grant.report.ReportPlan;
import kz.urpaq.grant.report.SpendingLine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A report's fields (domain.md §14) on a {@link Binder} of {@link ReportContent}: the application's
 * milestones with their status and note, the results against the expected ones, the spending per budget
 * line with the totals, links and the public summary. Read-only for the organiser and once handed in.
 * Ids start with {@code idPrefix}, so the organiser's page can show both reports.
 */
class ReportForm extends Div {

    private final Binder<ReportContent> binder = new Binder<>(ReportContent.class);
    private final ReportPlan plan;
    private final BigDecimal amount;
    private final Span totals = new Span();
    private final SpendingLinesField spending;

    ReportForm(String idPrefix, ReportPlan plan, BigDecimal amount) {
        this.plan = plan;
        this.amount = amount;
        addClassName("report-form");
        var milestones = new MilestoneLinesField(idPrefix, plan.milestones());
        binder.forField(milestones).bind("milestones");
        var expected = new Paragraph(plan.expectedResults().isBlank() ? getTranslation("grant.report.results.none")
                : plan.expectedResults());
        expected.addClassName("report-planned");
        var results = area(idPrefix + "report-results", getTranslation("grant.report.results.achieved"),
                ReportContent.RESULTS_MAX_LENGTH);
        binder.forField(results).withConverter(String::strip, text -> text).bind("results");
        spending = new SpendingLinesField(idPrefix, plan.budget());
        binder.forField(spending).bind("spending");
        totals.addClassName("report-totals");
        totals.setId(idPrefix + "report-totals");
        totals.getElement().setAttribute("aria-live", "polite");
        spending.addValueChangeListener(event -> showTotals(event.getValue()));
        var links = area(idPrefix + "report-links", getTranslation("grant.report.links"),
                ReportContent.LINKS_MAX_LENGTH);
        links.setHelperText(getTranslation("grant.report.links.hint"));
        binder.forField(links).withConverter(String::strip, text -> text).bind("links");
        var summary = area(idPrefix + "report-summary", getTranslation("grant.report.summary"),
                ReportContent.PUBLIC_SUMMARY_MAX_LENGTH);
        summary.setHelperText(getTranslation("grant.report.summary.hint", ReportContent.PUBLIC_SUMMARY_MAX_LENGTH));
        binder.forField(summary).withConverter(String::strip, text -> text).bind("publicSummary");
        add(section("grant.report.section.milestones", milestones),
                section("grant.report.section.results",
                        new Paragraph(getTranslation("grant.report.results.expected")), expected, results),
                section("grant.report.section.spending", spending, totals),
                section("grant.report.section.links", links),
                section("grant.report.section.summary", summary));
    }

    private static TextArea area(String id, String label, int maxLength) {
        var area = FieldMessages.text(new TextArea(label), maxLength);
        area.setWidthFull();
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValueChangeTimeout(800);
        area.setId(id);
        return area;
    }

    private Section section(String titleKey, Component... content) {
        var section = new Section(new H2(getTranslation(titleKey)));
        section.add(content);
        section.addClassName("form-section");
        return section;
    }

    private void showTotals(List<SpendingLine> lines) {
        var actual = lines.stream().mapToLong(SpendingLine::actualTenge).sum();
        totals.setText(getTranslation("grant.report.spending.totals", Money.tenge(plan.plannedTotalTenge()),
                Money.tenge(actual), Money.tenge(amount.longValue())));
        totals.getElement().setAttribute("data-over", String.valueOf(BigDecimal.valueOf(actual).compareTo(amount) > 0));
    }

    /** Shows the content; the fields change only when {@code editable}. */
    void read(ReportContent content, boolean editable) {
        binder.setReadOnly(!editable);
        binder.readRecord(content);
        showTotals(content.spending());
    }

    /** Calls {@code listener} when the person changes a field (not when the form reads a content). */
    void onChange(Runnable listener) {
        binder.addValueChangeListener(event -> listener.run());
    }

    /** What the fields hold; nothing while a field breaks its limit, which the field then says. */
    Optional<ReportContent> content() {
        if (!spending.amountsValid()) {
            return Optional.empty();
        }
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }
}
