package ru.kontingent.server.testing;

import java.util.List;

/**
 * What the registry stored, read straight from the database: a region's enrollment and audit
 * rows, and the shared federal index. Values come back as text (dates ISO, nulls as null).
 */
public final class RegistryTables {

    private RegistryTables() {
    }

    /**
     * A student's enrollments, oldest first: {@code [organization_id, program, level, grade,
     * start_date, order_number, end_date, end_reason]}.
     */
    public static List<List<Object>> enrollments(String region, String studentId) {
        return Sql.rows("select organization_id::text, program, level, grade::text, start_date::text, order_number,"
                + " end_date::text, end_reason from " + schema(region) + ".enrollment where student_id = ?::uuid"
                + " order by start_date, created_at", studentId);
    }

    /** One enrollment: {@code [end_date, end_reason]}, both null while it is active. */
    public static List<Object> ending(String region, String enrollmentId) {
        List<List<Object>> rows = Sql.rows("select end_date::text, end_reason from " + schema(region)
                + ".enrollment where id = ?::uuid", enrollmentId);
        if (rows.size() != 1) {
            throw new AssertionError("expected one enrollment " + enrollmentId + " in " + region + ", found " + rows.size());
        }
        return rows.get(0);
    }

    public static long enrollmentCount(String region, String studentId) {
        return Sql.count("select count(*) from " + schema(region) + ".enrollment where student_id = ?::uuid", studentId);
    }

    public static long activeBasic(String region, String studentId) {
        return Sql.count("select count(*) from " + schema(region) + ".enrollment where student_id = ?::uuid"
                + " and program = 'BASIC' and end_date is null", studentId);
    }

    /**
     * The federal index rows of a region's student: {@code [kind, region_code, student_id,
     * enrollment_id, enrolled_from, enrolled_to, snils_hash]}, oldest first.
     */
    public static List<List<Object>> federalIndex(String region, String studentId) {
        return Sql.rows("select kind, region_code, student_id, enrollment_id, enrolled_from::text, enrolled_to::text, snils_hash"
                + " from platform.federal_index where kind = 'STUDENT' and region_code = ? and student_id = ? order by id",
                region, studentId);
    }

    /** Every federal index row about a person, in any region: {@code [kind, region_code, student_id, enrolled_from, enrolled_to]}. */
    public static List<List<Object>> federalIndexByHash(String snilsHash) {
        return Sql.rows("select kind, region_code, student_id, enrolled_from::text, enrolled_to::text from platform.federal_index"
                + " where kind = 'STUDENT' and snils_hash = ? order by id", snilsHash);
    }

    /** The audit journal about a student: {@code [action, role, organization, fields]}, in order. */
    public static List<List<Object>> audit(String region, String studentId) {
        return Sql.rows("select action, role, organization, fields from " + schema(region)
                + ".audit_event where subject_type = 'student' and subject_id = ? order by id", studentId);
    }

    public static long auditCount(String region, String studentId, String action) {
        return Sql.count("select count(*) from " + schema(region) + ".audit_event where subject_type = 'student'"
                + " and subject_id = ? and action = ?", studentId, action);
    }

    private static String schema(String region) {
        if (!region.matches("[a-z0-9_]{1,30}")) {
            throw new IllegalArgumentException("not a region code: " + region);
        }
        return "region_" + region;
    }
}
