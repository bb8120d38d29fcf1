package kz.urpaq.results.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.StreamResourceRegistry.ElementStreamResource;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import kz.urpaq.competition.CompetitionSetupService;
import kz.urpaq.competition.Phase;
import kz.urpaq.results.CompetitionResults;
import kz.urpaq.results.ResultsService;
import kz.urpaq.results.ResultsTestData;
import kz.urpaq.review.ReviewFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@SpringBootTest
@ViewPackages(packages = "kz.urpaq")
class ResultsViewTest extends SpringBrowserlessTest {

    @Autowired
    ReviewFixture fixture;

    @Autowired
    ResultsTestData data;

    @Autowired
    ResultsService service;

    @Autowired
    CompetitionSetupService setupService;

    private Button button(String id) {
        return $(Button.class).all().stream().filter(b -> b.getId().orElse("").equals(id)).findFirst().orElseThrow();
    }

    /** Two applications, each scored by three jurors, the first ahead; the results page open in deliberation. */
    private ReviewFixture.Setup deliberating() {
        var setup = fixture.build(new int[]{2}, new int[]{0}, 10);
        var jurors = List.of(data.juror(setup, 0), data.juror(setup, 0), data.juror(setup, 0));
        var applications = setup.panel(0).applications();
        for (int a = 0; a < applications.size(); a++) {
            for (var juror : jurors) {
                data.submit(juror, applications.get(a), 9 - a, 8, 7, 6, 5 - a);
            }
        }
        setupService.moveTo(setup.id(), Phase.DELIBERATION);
        navigate("admin/competitions/" + setup.id() + "/results", Component.class);
        return setup;
    }

    @Test
    @WithUserDetails(value = ResultsTestData.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
    void an_administrator_overrides_with_a_reason_and_finalises() {
        var setup = deliberating();
        var applications = setup.panel(0).applications();

        @SuppressWarnings("unchecked")
        Grid<CompetitionResults.Row> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getRow(0).computed().applicationId()).isEqualTo(applications.get(0));
        var view = $(ResultsView.class).single();
        assertThat(test(grid).getCellText(0, test(grid).getColumnPosition("rules")))
                .contains(view.getTranslation("results.rule.place-awarded", "1"));

        long second = applications.get(1);
        test((Button) test(grid).getCellComponent(1, "override")).click();
        test($(IntegerField.class).id("override-place")).setValue(1);
        test(button("save-override")).click();
        assertThat(service.results(setup.id()).overrides()).isEmpty();
        test($(TextArea.class).id("override-reason")).setValue("Қазылар алқасының шешімі");
        test(button("save-override")).click();
        assertThat(service.results(setup.id()).rows()).filteredOn(r -> r.computed().applicationId() == second)
                .singleElement().satisfies(r -> {
                    assertThat(r.finalPlace()).isEqualTo(1);
                    assertThat(r.computed().place()).isEqualTo(2);
                });

        test(button("finalise-results")).click();
        test(button("confirm-finalise")).click();
        var snapshot = service.results(setup.id()).snapshot();
        assertThat(snapshot).isNotNull();
        assertThat($(Paragraph.class).id("snapshot-hash").getText()).contains(snapshot.sha256());
        assertThat($(Button.class).all()).noneMatch(b -> b.getId().orElse("").equals("finalise-results"));
    }

    @Test
    @WithUserDetails(value = ResultsTestData.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
    void a_save_refused_for_its_place_changes_neither_the_place_nor_the_grant() {
        var setup = deliberating();
        long second = setup.panel(0).applications().get(1);
        @SuppressWarnings("unchecked")
        Grid<CompetitionResults.Row> grid = $(Grid.class).single();

        test((Button) test(grid).getCellComponent(1, "override")).click();
        test($(IntegerField.class).id("override-place")).setValue(4);
        test($(Checkbox.class).id("override-grant")).click();
        test($(TextArea.class).id("override-reason")).setValue("Қазылар алқасының шешімі");
        test(button("save-override")).click();

        assertThat(service.results(setup.id()).overrides()).isEmpty();
        assertThat(service.results(setup.id()).rows()).filteredOn(r -> r.computed().applicationId() == second)
                .singleElement().satisfies(r -> {
                    assertThat(r.finalPlace()).isEqualTo(2);
                    assertThat(r.finalGrant()).isTrue();
                });
        assertThat($(Dialog.class).single().isOpened()).isTrue();
    }

    @Test
    @WithUserDetails(value = ResultsTestData.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
    void the_deliberation_page_offers_each_export_as_a_download() {
        var setup = fixture.build(new int[]{1}, new int[]{0}, 10);
        navigate("admin/competitions/" + setup.id() + "/results", Component.class);

        var view = $(ResultsView.class).single();
        for (var id : List.of("export-applications-csv", "export-scores-csv", "export-results-csv", "export-xlsx")) {
            var anchor = $(Anchor.class).id(id);
            assertThat(anchor.isDownload()).as(id).isTrue();
            assertThat(anchor.getHref()).as(id).isNotBlank();
        }
        assertThat($(Anchor.class).id("export-scores-csv").getText())
                .isEqualTo(view.getTranslation("results.export.csv", view.getTranslation("results.export.scores")));

        var csv = download($(Anchor.class).id("export-scores-csv"));
        verify(csv.event()).setFileName(setup.competition().code() + "-scores.csv");
        verify(csv.event()).setContentType("text/csv; charset=UTF-8");
        assertThat(new String(csv.bytes(), StandardCharsets.UTF_8)).startsWith("\ufeffapplication_id,");
        var xlsx = download($(Anchor.class).id("export-xlsx"));
        verify(xlsx.event()).setFileName(setup.competition().code() + "-results-all.xlsx");
        assertThat(xlsx.bytes()).startsWith((byte) 'P', (byte) 'K');
    }

    private record Download(DownloadEvent event, byte[] bytes) {
    }

    /** Runs the anchor's download as the browser's request would, into a mocked event. */
    private static Download download(Anchor anchor) {
        var resource = VaadinSession.getCurrent().getResourceRegistry().getResource(URI.create(anchor.getHref()))
                .orElseThrow();
        var handler = (DownloadHandler) ((ElementStreamResource) resource).getElementRequestHandler();
        var event = mock(DownloadEvent.class);
        var out = new ByteArrayOutputStream();
        when(event.getOutputStream()).thenReturn(out);
        try {
            handler.handleDownloadRequest(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Download(event, out.toByteArray());
    }
}
