package kz.urpaq.insight.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.demo.FinishedCompetitionDemo;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard of the 2025 demo round: every chart with its table and CSV, in Kazakh. */
@SpringBootTest
@ViewPackages(packages = "kz.urpaq")
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired CompetitionService competitions;
    @Autowired TestAccounts accounts;

    private long competitionId;

    @BeforeEach
    void signIn() {
        accounts.signInAs("admin@urpaq.local");
        competitionId = competitions.findByCode(FinishedCompetitionDemo.CODE).orElseThrow().id();
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private List<List<String>> rows(String key) {
        var table = $(NativeTable.class).all().stream().filter(t -> t.getId().orElse("").equals("table-" + key))
                .findFirst().orElseThrow();
        return table.getBody().getRows().stream().map(DashboardViewTest::cells).toList();
    }

    private static List<String> cells(NativeTableRow row) {
        return row.getAllCells().stream().map(c -> c.getElement().getText()).toList();
    }

    @Test
    void every_chart_has_its_numbers_as_a_table_and_a_csv_download() {
        navigate("admin/competitions/" + competitionId + "/dashboard", Component.class);
        var keys = List.of("status", "direction", "district", "ages", "curve", "funnel", "progress", "severity");
        assertThat($(NativeTable.class).all()).extracting(t -> t.getId().orElseThrow())
                .containsExactlyElementsOf(keys.stream().map(k -> "table-" + k).toList());
        assertThat($(Anchor.class).all()).extracting(a -> a.getId().orElse(""))
                .containsAll(keys.stream().map(k -> "csv-" + k).toList());
        assertThat($(Svg.class).all()).hasSizeGreaterThanOrEqualTo(keys.size() - 1 + 5);
    }

    @Test
    void the_tables_hold_the_hand_counted_figures_with_kazakh_labels() {
        navigate("admin/competitions/" + competitionId + "/dashboard", Component.class);
        assertThat(rows("district")).contains(List.of("Талғар ауданы", "9"), List.of("Қонаев қаласы", "8"),
                List.of("Кеген ауданы", "4"));
        assertThat(rows("ages")).contains(List.of("16–17", "11", "2", "13"), List.of("Барлығы", "30", "30", "60"));
        assertThat(rows("funnel")).extracting(List::getLast).containsExactly("60", "60", "60", "60", "60", "16");
        assertThat(rows("curve").getLast()).containsExactly("0", "15.10.2025", "8", "60");
        assertThat(rows("severity")).filteredOn(row -> row.getLast().equals("комиссиядан алшақ"))
                .singleElement().satisfies(row -> assertThat(row).contains("Тимур Әбілқасымов", "33.79", "-16.29"));
        var chart = $(Svg.class).all().getFirst().getElement().getProperty("innerHTML", "")
                + $(Svg.class).all().getFirst().getElement().toString();
        assertThat(chart).contains("<svg", "Талаптарға сай", "<title>Өтінімдер күйі бойынша</title>");
    }
}
