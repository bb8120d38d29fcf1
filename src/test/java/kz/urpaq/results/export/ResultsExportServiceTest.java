package kz.urpaq.results.export;

import kz.urpaq.competition.CompetitionSetupService;
import kz.urpaq.competition.Phase;
import kz.urpaq.results.ResultsService;
import kz.urpaq.results.ResultsTestData;
import kz.urpaq.review.ReviewFixture;
import kz.urpaq.testing.TestAccounts;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class ResultsExportServiceTest {

    private static final String KAZAKH_LETTERS = "ә ғ қ ң ө ұ ү һ і Ә Ғ Қ Ң Ө Ұ Ү Һ І";
    private static final String FORMULA = "=HYPERLINK(\"http://example.invalid\",\"" + KAZAKH_LETTERS + "\")";

    @Autowired
    ResultsExportService exports;

    @Autowired
    ResultsService results;

    @Autowired
    CompetitionSetupService setupService;

    @Autowired
    ReviewFixture fixture;

    @Autowired
    ResultsTestData data;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void tearDown() {
        accounts.signOut();
    }

    /** Two applications of one direction, the first titled with a formula, each scored by three jurors. */
    private ReviewFixture.Setup scored() {
        var setup = fixture.build(new int[]{2}, new int[]{0}, 10);
        var applications = setup.panel(0).applications();
        jdbc.update("update application set title = ? where id = ?", FORMULA, applications.get(0));
        jdbc.update("update application set title = ? where id = ?", "Жастар — " + KAZAKH_LETTERS, applications.get(1));
        var jurors = List.of(data.juror(setup, 0), data.juror(setup, 0), data.juror(setup, 0));
        for (int a = 0; a < applications.size(); a++) {
            for (var juror : jurors) {
                data.submit(juror, applications.get(a), 9 - a, 8, 7, 6, 5);
            }
        }
        accounts.signInAs(ResultsTestData.ADMIN);
        return setup;
    }

    private byte[] csv(long competitionId, Export export) {
        var out = new ByteArrayOutputStream();
        exports.csv(competitionId, export, out);
        return out.toByteArray();
    }

    private static List<String> lines(byte[] csv) {
        return Arrays.asList(new String(csv, StandardCharsets.UTF_8).substring(1).split("\r\n"));
    }

    @Test
    void csv_has_a_byte_order_mark_keeps_kazakh_letters_and_never_starts_a_formula() {
        var setup = scored();
        var first = setup.panel(0).applications().get(0);

        var bytes = csv(setup.id(), Export.APPLICATIONS);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        var lines = lines(bytes);
        assertThat(lines.getFirst()).isEqualTo(
                "application_id,reference_number,direction,title,applicant_name,district,status,screening_reason,"
                        + "submitted_at");
        assertThat(lines).hasSize(3);
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(first + ",")
                .contains(",d0,\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"" + KAZAKH_LETTERS + "\"\")\",")
                .contains(",ELIGIBLE,")
                .endsWith(",2026-11-25T15:00:00+05:00"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains(",Жастар — " + KAZAKH_LETTERS + ","));

        var scores = lines(csv(setup.id(), Export.SCORES));
        assertThat(scores.getFirst()).isEqualTo("application_id,reference_number,direction_id,direction,"
                + "application_submitted_at,juror_id,criterion,weight_percent,scale_max,tie_break_order,score,"
                + "sheet_submitted_at");
        assertThat(scores).hasSize(1 + 2 * 3 * 5);
        assertThat(scores.get(1)).startsWith(first + ",T-").contains(",relevance,25,10,1,9,");

        var ranked = lines(csv(setup.id(), Export.RESULTS));
        assertThat(ranked.getFirst()).startsWith("direction,rank,application_id,reference_number,title,score,mean,");
        assertThat(ranked.get(1)).startsWith("d0,1," + first + ",T-")
                .contains(",\"'=HYPERLINK(")
                .contains(",72.0000,72.0000,72.0000,")
                .endsWith(",RANKED_BY_SCORE:72.0000;PLACE_AWARDED:1;GRANT_AS_PLACE_WINNER");
    }

    @Test
    void the_workbook_has_a_sheet_per_export_with_a_frozen_bold_header_numbers_dates_and_inert_text()
            throws IOException {
        var setup = scored();
        var out = new ByteArrayOutputStream();
        exports.xlsx(setup.id(), Locale.forLanguageTag("kk"), out);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
                    .containsExactly("Өтінімдер", "Қазылар бағалары", "Қорытынды");
            var applications = workbook.getSheetAt(0);
            assertFrozenBoldHeader(workbook, applications);
            assertThat(applications.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Жобаның атауы");
            assertThat(applications.getLastRowNum()).isEqualTo(2);
            var titles = List.of(applications.getRow(1).getCell(3), applications.getRow(2).getCell(3));
            assertThat(titles).allSatisfy(cell -> assertThat(cell.getCellType()).isEqualTo(CellType.STRING));
            assertThat(titles).extracting(c -> c.getStringCellValue())
                    .containsExactlyInAnyOrder(FORMULA, "Жастар — " + KAZAKH_LETTERS);
            var submitted = applications.getRow(1).getCell(8);
            assertThat(submitted.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(submitted)).isTrue();
            assertThat(submitted.getLocalDateTimeCellValue()).hasToString("2026-11-25T15:00");
            assertThat(applications.getRow(1).getCell(6).getStringCellValue()).isEqualTo("Талаптарға сай");

            var scores = workbook.getSheetAt(1);
            assertFrozenBoldHeader(workbook, scores);
            assertThat(scores.getLastRowNum()).isEqualTo(2 * 3 * 5);
            assertThat(scores.getRow(1).getCell(10).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(scores.getRow(1).getCell(10).getNumericCellValue()).isEqualTo(9.0);

            var ranked = workbook.getSheetAt(2);
            assertFrozenBoldHeader(workbook, ranked);
            assertThat(ranked.getLastRowNum()).isEqualTo(2);
            assertThat(ranked.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(72.0);
            assertThat(ranked.getRow(1).getCell(13).getBooleanCellValue()).isTrue();
        }
    }

    private static void assertFrozenBoldHeader(XSSFWorkbook workbook, XSSFSheet sheet) {
        var pane = sheet.getPaneInformation();
        assertThat(pane).isNotNull();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
        var header = sheet.getRow(0).getCell(0);
        assertThat(workbook.getFontAt(header.getCellStyle().getFontIndex()).getBold()).isTrue();
    }

    @Test
    void after_finalisation_the_results_csv_carries_the_snapshot() {
        var setup = scored();
        setupService.moveTo(setup.id(), Phase.DELIBERATION);
        var before = lines(csv(setup.id(), Export.RESULTS));
        results.finalise(setup.id());

        var after = CsvRecords.parse(csv(setup.id(), Export.RESULTS));
        assertThat(lines(csv(setup.id(), Export.RESULTS))).isEqualTo(before);
        var snapshot = results.results(setup.id()).snapshot();
        assertThat(snapshot).isNotNull();
        var frozen = snapshot.export().lines().skip(3).toList();
        assertThat(frozen).hasSize(after.size() - 1);
        for (int i = 0; i < frozen.size(); i++) {
            // the snapshot: direction,rank,application,score,mean,trimmed_mean,normalised,spread,reviews,
            // computed_place,computed_grant,final_place,final_grant
            var expected = frozen.get(i).split(",", -1);
            var row = after.get(i + 1);
            assertThat(List.of(row.get(0), row.get(1), row.get(2), row.get(5), row.get(6), row.get(7), row.get(8),
                    row.get(9), row.get(10), row.get(12), row.get(13), row.get(14), row.get(15)))
                    .containsExactly(expected);
        }

        jdbc.update("update score_sheet_entry set score = 0 where sheet_id in "
                + "(select id from score_sheet where application_id = ?)", setup.panel(0).applications().get(1));
        assertThatThrownBy(() -> csv(setup.id(), Export.RESULTS)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("snapshot");
    }

    @Test
    void only_administrators_export() {
        var setup = fixture.build(new int[]{1}, new int[]{0}, 10);
        for (var who : List.of(accounts.newApplicant(), fixture.jurorEmail())) {
            accounts.signInAs(who);
            for (var export : Export.values()) {
                assertThatThrownBy(() -> exports.csv(setup.id(), export, new ByteArrayOutputStream()))
                        .isInstanceOf(AccessDeniedException.class);
            }
            assertThatThrownBy(() -> exports.xlsx(setup.id(), Locale.ENGLISH, new ByteArrayOutputStream()))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
