package kz.urpaq.base;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default (H2 in a file under ./data) keeps accepting writes after the pool has
 * retired the connection that created the schema, as it does after its maximum lifetime (30 min).
 * H2 2.4.240 broke exactly there: every check constraint created on a connection that was later
 * closed failed each insert with "Check constraint invalid … The database has been closed".
 * This writes a row into every table that has a check constraint, on a connection opened after
 * the one that ran the migrations was closed, on the database URL the app itself uses.
 */
class EmbeddedDatabaseTest {

    /** Columns whose check constraint allows only some words; the others take a plain value. */
    private static final Map<String, Object> ALLOWED_VALUES = Map.ofEntries(
            Map.entry("review_assignment.state", "NEW"),
            Map.entry("certificate.kind", "PLACE_DIPLOMA"),
            Map.entry("result_override.field", "PLACE"),
            Map.entry("outbox_mail.state", "PENDING"),
            Map.entry("certificate_batch.state", "RUNNING"),
            Map.entry("personal_data_export.state", "PENDING"),
            Map.entry("project_grant.state", "OFFERED"),
            Map.entry("grant_terms_tranche.due_on", "COUNTERSIGNED"),
            Map.entry("grant_tranche.state", "PLANNED"),
            Map.entry("grant_tranche.due_on", "COUNTERSIGNED"),
            Map.entry("grant_signature.method", "ONLINE"),
            Map.entry("grant_report.kind", "INTERIM"),
            Map.entry("grant_report.state", "DRAFT"),
            Map.entry("grant_report_file.purpose", "PHOTO"),
            Map.entry("grant_report_event.action", "SUBMITTED"));

    @TempDir
    Path data;

    @Test
    void every_table_with_a_check_constraint_takes_rows_after_the_migrating_connection_is_closed() throws Exception {
        var url = embeddedUrl().replace("./data/urpaq", data.resolve("urpaq").toString());
        // The pool keeps other connections open, so the database itself stays open meanwhile.
        try (var keeper = DriverManager.getConnection(url, "sa", "")) {
            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();

            try (var later = DriverManager.getConnection(url, "sa", "")) {
                var tables = tablesWithCheckConstraints(later);
                assertThat(tables).as("tables with a check constraint").contains("review_assignment", "certificate",
                        "result_override", "competition", "criterion", "panel_member", "score_sheet_entry");
                try (var statement = later.createStatement()) {
                    // Only the check constraints are under test; the rows need no parents.
                    statement.execute("set referential_integrity false");
                }
                for (var table : tables) {
                    insertPlainRow(later, table);
                }
                for (var table : tables) {
                    try (var count = later.createStatement().executeQuery("select count(*) from " + table)) {
                        count.next();
                        assertThat(count.getInt(1)).as("rows in %s", table).isEqualTo(1);
                    }
                }
            }
            assertThat(keeper.isValid(1)).isTrue();
        }
    }

    private static String embeddedUrl() throws IOException {
        var properties = new Properties();
        try (InputStream in = EmbeddedDatabaseTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        var url = properties.getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:./data/urpaq");
        return url;
    }

    private static List<String> tablesWithCheckConstraints(Connection connection) throws SQLException {
        var tables = new ArrayList<String>();
        try (var rows = connection.createStatement().executeQuery("""
                select distinct table_name from information_schema.table_constraints
                where constraint_type = 'CHECK' and table_schema = 'public' order by table_name""")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    /** One row with a plain value in every column that must have one. */
    private static void insertPlainRow(Connection connection, String table) throws SQLException {
        var columns = new ArrayList<String>();
        var values = new ArrayList<Object>();
        try (var rows = connection.getMetaData().getColumns(null, "public", table, null)) {
            while (rows.next()) {
                var column = rows.getString("COLUMN_NAME");
                boolean required = rows.getInt("NULLABLE") == java.sql.DatabaseMetaData.columnNoNulls;
                boolean generated = "YES".equals(rows.getString("IS_AUTOINCREMENT"))
                        || "YES".equals(rows.getString("IS_GENERATEDCOLUMN"));
                if (!required || generated || rows.getString("COLUMN_DEF") != null) {
                    continue;
                }
                columns.add(column);
                values.add(ALLOWED_VALUES.getOrDefault(table + "." + column, plainValue(rows.getInt("DATA_TYPE"))));
            }
        }
        var sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        try (var insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                insert.setObject(i + 1, values.get(i));
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new AssertionError("insert into " + table + " failed (a value allowed by its check constraint "
                    + "belongs in ALLOWED_VALUES): " + e.getMessage(), e);
        }
    }

    private static Object plainValue(int sqlType) {
        return switch (sqlType) {
            case Types.BOOLEAN, Types.BIT -> false;
            case Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP -> java.time.OffsetDateTime.now();
            case Types.DATE -> java.time.LocalDate.now();
            case Types.VARCHAR, Types.CHAR, Types.CLOB, Types.LONGVARCHAR -> "x";
            case Types.VARBINARY, Types.BINARY, Types.BLOB, Types.LONGVARBINARY -> new byte[] {1};
            default -> 1;
        };
    }
}
