package ru.kontingent.registry.enrollment;

import org.postgresql.util.PSQLException;
import ru.kontingent.platform.bulk.CopyRows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Set-based reads and writes of enrollments for bulk imports, on the batch transaction's
 * connection (search path = the region's schema).
 */
public final class EnrollmentBatchStore {

    private static final String COLUMNS = "id, student_id, organization_id, program, level, grade, start_date, order_number, created_at";
    private static final String UNIQUE_VIOLATION = "23505";

    private EnrollmentBatchStore() {
    }

    /** An active enrollment of one of the batch's students. */
    public record Active(UUID studentId, UUID organizationId, Program program) {
    }

    /** An enrollment the batch opens. */
    public record New(UUID id, UUID studentId, EnrollmentInput input) {
    }

    public static List<Active> active(Connection connection, Collection<UUID> studentIds) throws SQLException {
        List<Active> active = new ArrayList<>();
        if (studentIds.isEmpty()) {
            return active;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "select student_id, organization_id, program from enrollment where student_id = any (?) and end_date is null")) {
            select.setArray(1, connection.createArrayOf("uuid", studentIds.toArray()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    active.add(new Active(row.getObject(1, UUID.class), row.getObject(2, UUID.class), Program.valueOf(row.getString(3))));
                }
            }
        }
        return active;
    }

    /** Which of these organizations exist in the region. */
    public static Set<UUID> existingOrganizations(Connection connection, Collection<UUID> ids) throws SQLException {
        Set<UUID> found = new HashSet<>();
        if (ids.isEmpty()) {
            return found;
        }
        try (PreparedStatement select = connection.prepareStatement("select id from organization where id = any (?)")) {
            select.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    found.add(row.getObject(1, UUID.class));
                }
            }
        }
        return found;
    }

    /**
     * Opens the enrollments: one COPY straight into the table. The one-active-basic index is the
     * arbiter: a row it refuses (a basic enrollment committed meanwhile by someone else; the batch's
     * plan never opens two) fails the COPY.
     *
     * @return false when a row was refused: the transaction is spoiled, the caller rolls the batch
     *         back and plans it again, which turns the refusal into the line's own error
     */
    public static boolean insertAll(Connection connection, List<New> enrollments, OffsetDateTime now) throws SQLException {
        if (enrollments.isEmpty()) {
            return true;
        }
        CopyRows rows = new CopyRows(9);
        for (New enrollment : enrollments) {
            EnrollmentInput input = enrollment.input();
            rows.add(enrollment.id(), enrollment.studentId(), input.organizationId(), input.program().name(), input.level().name(),
                    input.grade(), input.startDate(), input.orderNumber().strip(), now);
        }
        try {
            rows.copyInto(connection, "enrollment", COLUMNS);
            return true;
        } catch (SQLException e) {
            if (refusedByOneActiveBasic(e)) {
                return false;
            }
            throw e;
        }
    }

    private static boolean refusedByOneActiveBasic(SQLException failure) {
        return UNIQUE_VIOLATION.equals(failure.getSQLState()) && failure instanceof PSQLException postgres
                && postgres.getServerErrorMessage() != null && EnrollmentService.ONE_ACTIVE_BASIC.equals(postgres.getServerErrorMessage().getConstraint());
    }
}
