package ru.kontingent.server.testing;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The audit journal of one region as stored ({@code region_<code>.audit_event}), read with plain
 * SQL so that a test sees what a regional administrator would find, not what the server says.
 */
public final class AuditRows {

    /** One stored event; {@code fields} is the comma-separated column split into a set. */
    public record Row(String action, String role, String organization, String subjectType, String subjectId,
                      Set<String> fields) {
    }

    private AuditRows() {
    }

    /** The events about this subject in the region, oldest first. */
    public static List<Row> about(String region, String subjectId) {
        return Sql.rows("select action, role, organization, subject_type, subject_id, fields from region_" + region
                        + ".audit_event where subject_id = ? order by id", subjectId).stream()
                .map(AuditRows::row)
                .toList();
    }

    /** The events about this subject with this action, oldest first. */
    public static List<Row> about(String region, String subjectId, String action) {
        return about(region, subjectId).stream().filter(row -> row.action().equals(action)).toList();
    }

    /** How many events the region's journal holds in all. */
    public static long total(String region) {
        return Sql.count("select count(*) from region_" + region + ".audit_event");
    }

    private static Row row(List<Object> columns) {
        String fields = (String) columns.get(5);
        Set<String> set = fields == null || fields.isEmpty() ? Set.of()
                : new LinkedHashSet<>(Arrays.asList(fields.split(",")));
        return new Row((String) columns.get(0), (String) columns.get(1), (String) columns.get(2),
                (String) columns.get(3), (String) columns.get(4), set);
    }
}
