package kz.urpaq.results.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import kz.urpaq.competition.CompetitionSetupService;
import kz.urpaq.competition.Phase;
import kz.urpaq.results.CompetitionResults;
import kz.urpaq.results.ResultsService;
import kz.urpaq.results.ResultsTestData;
import kz.urpaq.results.export.Export;
import kz.urpaq.review.ReviewFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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

    @Test
    @WithUserDetails(value = ResultsTestData.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
    void an_administrator_overrides_with_a_reason_and_finalises() {
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

        @SuppressWarnings("unchecked")
        Grid<CompetitionResults.Row> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getRow(0).computed().applicationId()).isEqualTo(applications.get(0));
        var view = $(ResultsView.class).single();
        assertThat(view.rules(test(grid).getRow(0))).contains(view.getTranslation("results.rule.place-awarded", "1"));

        long second = applications.get(1);
        view.override(test(grid).getRow(1)); // the dialog the row's override button opens
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

        var csv = download(view.csv(Export.SCORES));
        verify(csv.event()).setFileName(setup.competition().code() + "-scores.csv");
        verify(csv.event()).setContentType("text/csv; charset=UTF-8");
        assertThat(new String(csv.bytes(), StandardCharsets.UTF_8)).startsWith("\ufeffapplication_id,");
        var xlsx = download(view.xlsx());
        verify(xlsx.event()).setFileName(setup.competition().code() + "-results-all.xlsx");
        assertThat(xlsx.bytes()).startsWith((byte) 'P', (byte) 'K');
    }

    private record Download(DownloadEvent event, byte[] bytes) {
    }

    private static Download download(DownloadHandler handler) {
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
