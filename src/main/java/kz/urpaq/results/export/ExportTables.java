package kz.urpaq.results.export;

import java.io.OutputStream;
import java.util.List;

/**
 * The results' CSV and XLSX writers for other rooms' tables (the grant register): the same UTF-8
 * with a byte order mark, formula cells defused, and the same workbook styles.
 */
public final class ExportTables {

    private ExportTables() {
    }

    public static void csv(ExportTable table, OutputStream out) {
        TableCsv.write(table, out);
    }

    public static void xlsx(List<ExportTable> tables, OutputStream out) {
        TableXlsx.write(tables, out);
    }
}
