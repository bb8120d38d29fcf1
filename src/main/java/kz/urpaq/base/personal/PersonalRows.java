package kz.urpaq.base.personal;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a table's rows for an export: every column by its lower-case name, instants as ISO-8601 text. */
public final class PersonalRows {

    private PersonalRows() {
    }

    /**
     * The rows the query selects, with the named columns left out (secrets), e.g.
     * {@code rows(jdbc, "select * from user_account where id = ?", Set.of("password_hash"), id)}.
     */
    public static List<Map<String, Object>> rows(JdbcClient jdbc, String sql, Set<String> leaveOut, Object... params) {
        var statement = jdbc.sql(sql);
        for (var param : params) {
            statement = statement.param(param);
        }
        return statement.query((resultSet, rowNumber) -> {
            var meta = resultSet.getMetaData();
            var row = new LinkedHashMap<String, Object>();
            for (int column = 1; column <= meta.getColumnCount(); column++) {
                var name = meta.getColumnLabel(column).toLowerCase(java.util.Locale.ROOT);
                if (leaveOut.contains(name)) {
                    continue;
                }
                row.put(name, value(resultSet.getObject(column)));
            }
            return (Map<String, Object>) row;
        }).list();
    }

    public static List<Map<String, Object>> rows(JdbcClient jdbc, String sql, Object... params) {
        return rows(jdbc, sql, Set.of(), params);
    }

    private static Object value(Object value) {
        return switch (value) {
            case null -> null;
            case Timestamp timestamp -> timestamp.toInstant().toString();
            case OffsetDateTime dateTime -> dateTime.toInstant().toString();
            case ZonedDateTime dateTime -> dateTime.toInstant().toString();
            case java.sql.Date date -> date.toLocalDate().toString();
            case byte[] bytes -> bytes.length + " bytes";
            default -> value instanceof Number || value instanceof Boolean ? value : value.toString();
        };
    }
}
