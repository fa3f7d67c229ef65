package ru.kontingent.devtools;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import ru.kontingent.devtools.synthetic.PastEnrollmentRecord;
import ru.kontingent.devtools.synthetic.StudentRecord;
import ru.kontingent.devtools.synthetic.SyntheticRegion;

/**
 * Gives a benchmark's imported students their ended enrollments (transfers, moves to another
 * region), which the bulk import does not take: inserted straight into the region's enrollment
 * table, found by SNILS, as set-based seeding and not as a measured path (no audit event, no
 * federal index row, as a migration of history would load them). The region's students are made
 * again from the same seed, so no file has to be read back.
 */
final class EnrollmentHistoryLoader {

    private static final int BATCH = 2_000;

    private EnrollmentHistoryLoader() {
    }

    /** @return the ended enrollments inserted */
    static long load(Connection connection, String regionCode, SyntheticRegion region, long students)
            throws SQLException {
        if (!regionCode.matches("[a-z0-9_]{1,30}")) {
            throw new IllegalArgumentException("not a region code: " + regionCode);
        }
        String schema = "region_" + regionCode;
        String insert = "insert into " + schema + ".enrollment (id, student_id, organization_id, program, level, grade,"
                + " start_date, order_number, end_date, end_reason, created_at)"
                + " select ?, s.id, ?, ?, ?, ?, ?, ?, ?, ?, now() from " + schema + ".student s where s.snils = ?";
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        long inserted = 0;
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            int pending = 0;
            for (long i = 0; i < students; i++) {
                StudentRecord student = region.student(i);
                for (PastEnrollmentRecord past : student.history()) {
                    statement.setObject(1, UUID.randomUUID());
                    statement.setObject(2, past.enrollment().organizationId());
                    statement.setString(3, past.enrollment().program());
                    statement.setString(4, past.enrollment().level());
                    statement.setInt(5, past.enrollment().grade());
                    statement.setDate(6, Date.valueOf(past.enrollment().startDate()));
                    statement.setString(7, past.enrollment().orderNumber());
                    statement.setDate(8, Date.valueOf(past.endDate()));
                    statement.setString(9, past.endReason());
                    statement.setString(10, student.snils().replaceAll("\\D", ""));
                    statement.addBatch();
                    if (++pending == BATCH) {
                        inserted += sum(statement.executeBatch());
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                inserted += sum(statement.executeBatch());
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return inserted;
    }

    private static long sum(int[] counts) {
        long total = 0;
        for (int count : counts) {
            total += Math.max(count, 0);
        }
        return total;
    }
}
