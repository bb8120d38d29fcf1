package kz.urpaq.results.export;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Writes tables as one XLSX workbook, a sheet each: the header row bold and frozen, numbers as
 * numeric cells, moments as date cells in Almaty time, and every text as a string cell, so a title
 * that starts with "=" is shown, never calculated.
 */
final class TableXlsx {

    private static final int MAX_COLUMN_CHARS = 60;

    private TableXlsx() {
    }

    static void write(List<ExportTable> tables, OutputStream out) {
        try (var workbook = new XSSFWorkbook()) {
            var bold = workbook.createFont();
            bold.setBold(true);
            var header = workbook.createCellStyle();
            header.setFont(bold);
            var decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0000"));
            var moment = workbook.createCellStyle();
            moment.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy hh:mm:ss"));
            var styles = new Styles(header, decimal, moment);
            for (var table : tables) {
                sheet(workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title())), table, styles);
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Styles(CellStyle header, CellStyle decimal, CellStyle moment) {
    }

    private static void sheet(XSSFSheet sheet, ExportTable table, Styles styles) {
        var widths = new int[table.columns().size()];
        var first = sheet.createRow(0);
        for (int c = 0; c < table.columns().size(); c++) {
            var cell = first.createCell(c);
            cell.setCellValue(table.columns().get(c).header());
            cell.setCellStyle(styles.header());
            widths[c] = table.columns().get(c).header().length();
        }
        for (int r = 0; r < table.rows().size(); r++) {
            var values = table.rows().get(r);
            var row = sheet.createRow(r + 1);
            for (int c = 0; c < values.size(); c++) {
                var value = values.get(c);
                if (value == null) {
                    continue;
                }
                var cell = row.createCell(c);
                switch (value) {
                    case BigDecimal number -> {
                        cell.setCellValue(number.doubleValue());
                        cell.setCellStyle(styles.decimal());
                    }
                    case Number number -> cell.setCellValue(number.doubleValue());
                    case Boolean flag -> cell.setCellValue(flag);
                    case OffsetDateTime at -> {
                        cell.setCellValue(at.toLocalDateTime());
                        cell.setCellStyle(styles.moment());
                    }
                    case ExportTable.Label label -> cell.setCellValue(label.text());
                    default -> cell.setCellValue(value.toString());
                }
                widths[c] = Math.max(widths[c], width(value));
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, (Math.min(widths[c], MAX_COLUMN_CHARS) + 2) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static int width(@Nullable Object value) {
        return switch (value) {
            case OffsetDateTime at -> 19;
            case ExportTable.Label label -> label.text().length();
            case null -> 0;
            default -> value.toString().length();
        };
    }
}
