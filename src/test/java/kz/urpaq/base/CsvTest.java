package kz.urpaq.base;

import kz.urpaq.base.domain.Csv;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void text_that_a_spreadsheet_would_calculate_is_defused_but_numbers_stay_numbers() {
        assertThat(Csv.cell("=1+2")).isEqualTo("'=1+2");
        assertThat(Csv.cell("+7 701 000 00 00")).isEqualTo("'+7 701 000 00 00");
        assertThat(Csv.cell("-5")).isEqualTo("'-5");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("\tx")).isEqualTo("'\tx");
        assertThat(Csv.cell(new BigDecimal("-1.5000"))).isEqualTo("-1.5000");
        assertThat(Csv.cell(new BigDecimal("0E-4"))).isEqualTo("0.0000");
        assertThat(Csv.cell(-3L)).isEqualTo("-3");
        assertThat(Csv.cell("Қазақ әліпбиі")).isEqualTo("Қазақ әліпбиі");
    }

    @Test
    void cells_are_quoted_as_rfc_4180_says_and_records_end_in_crlf() {
        assertThat(Csv.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.cell(null)).isEmpty();
        assertThat(Csv.row(Arrays.asList("a", null, 1, true))).isEqualTo("a,,1,true\r\n");
        assertThat(Csv.cell("=a,b")).isEqualTo("\"'=a,b\"");
    }
}
