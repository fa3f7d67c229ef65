package ru.kontingent.registry.student;

import ru.kontingent.platform.bulk.CopyRows;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Set-based reads and writes of students and their representatives for bulk imports, on the
 * batch transaction's connection (its search path is the region's schema). New students and all
 * representatives are COPYed straight into their tables; changed students go through a temporary
 * staging table and one UPDATE. Values travel only as COPY data or bind parameters.
 */
public final class StudentBatchStore {

    private static final String STUDENT_COLUMNS = "id, version, " + PersonContent.COLUMNS + ", search_name, birth_place, sex,"
            + " registration_address, residence_address, registered_by_org, created_at, updated_at";
    private static final String REPRESENTATIVE_COLUMNS = "id, student_id, position, relation, " + PersonContent.COLUMNS;
    private static final String STAGED_UPDATES = "import_student_update";
    /** Every content column taken from the staging row (constant column names, no input). */
    private static final String SET_CONTENT = String.join(", ", java.util.Arrays.stream((PersonContent.COLUMNS
            + ", search_name, birth_place, sex, registration_address, residence_address, updated_at").split(", "))
            .map(column -> column + " = u." + column).toList());

    private StudentBatchStore() {
    }

    /** A student of the region as it is stored now. */
    public record Stored(UUID id, long version, UUID registeredByOrg, StudentContent content, boolean merged) {
    }

    /** A student to write: new, or existing at {@code expectedVersion} and changed {@code updates} times by the batch. */
    public record Write(UUID id, boolean isNew, long expectedVersion, int updates, StudentContent content) {
    }

    /** The region's students with these SNILS (normalized), with their representatives: two queries. */
    public static Map<String, Stored> existing(Connection connection, Collection<String> snils) throws SQLException {
        Map<String, Stored> found = new HashMap<>();
        if (snils.isEmpty()) {
            return found;
        }
        record Row(UUID id, long version, UUID registeredByOrg, PersonContent person, String birthPlace, String sex,
                   String registrationAddress, String residenceAddress, boolean merged) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select id, version, registered_by_org, " + PersonContent.COLUMNS
                + ", birth_place, sex, registration_address, residence_address, merged_into is not null as merged"
                + " from student where snils = any (?)")) {
            select.setArray(1, connection.createArrayOf("varchar", snils.toArray()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(new Row(row.getObject("id", UUID.class), row.getLong("version"), row.getObject("registered_by_org", UUID.class),
                            PersonContent.read(row), row.getString("birth_place"), row.getString("sex"),
                            row.getString("registration_address"), row.getString("residence_address"), row.getBoolean("merged")));
                }
            }
        }
        if (rows.isEmpty()) {
            return found;
        }
        Map<UUID, List<RepresentativeContent>> representatives = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select student_id, relation, " + PersonContent.COLUMNS
                + " from representative where student_id = any (?) order by student_id, position")) {
            select.setArray(1, uuids(connection, rows.stream().map(Row::id).toList()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    representatives.computeIfAbsent(row.getObject("student_id", UUID.class), id -> new ArrayList<>())
                            .add(new RepresentativeContent(row.getString("relation"), PersonContent.read(row)));
                }
            }
        }
        for (Row row : rows) {
            StudentContent content = new StudentContent(row.person(), row.birthPlace(), row.sex(), row.registrationAddress(),
                    row.residenceAddress(), List.copyOf(representatives.getOrDefault(row.id(), List.of())));
            found.put(row.person().snils(), new Stored(row.id(), row.version(), row.registeredByOrg(), content, row.merged()));
        }
        return found;
    }

    /**
     * Writes the batch's new and changed students and replaces the changed ones' representatives.
     *
     * @return false when a changed student was changed by someone else since it was read (its
     *         version moved): the caller rolls the batch back and plans it again
     */
    public static boolean write(Connection connection, List<Write> writes, UUID registeredByOrg, OffsetDateTime now) throws SQLException {
        CopyRows created = new CopyRows(21);
        CopyRows changed = new CopyRows(21);
        CopyRows representatives = new CopyRows(4 + PersonContent.COUNT);
        List<UUID> changedIds = new ArrayList<>();
        for (Write write : writes) {
            StudentContent content = write.content();
            List<Object> values = new ArrayList<>(21);
            values.add(write.id());
            values.add(write.isNew() ? write.updates() : write.expectedVersion());
            Collections.addAll(values, content.person().values());
            values.add(content.searchName());
            values.add(content.birthPlace());
            values.add(content.sex());
            values.add(content.registrationAddress());
            values.add(content.residenceAddress());
            values.add(registeredByOrg);
            values.add(now);
            values.add(now);
            (write.isNew() ? created : changed).add(values.toArray());
            if (!write.isNew()) {
                changedIds.add(write.id());
            }
            List<RepresentativeContent> given = content.representatives();
            for (int position = 0; position < given.size(); position++) {
                Object[] row = new Object[4 + PersonContent.COUNT];
                row[0] = UUID.randomUUID();
                row[1] = write.id();
                row[2] = position;
                row[3] = given.get(position).relation();
                System.arraycopy(given.get(position).person().values(), 0, row, 4, PersonContent.COUNT);
                representatives.add(row);
            }
        }
        created.copyInto(connection, "student", STUDENT_COLUMNS);
        if (!changed.isEmpty()) {
            if (!update(connection, changed, writes)) {
                return false;
            }
            try (PreparedStatement delete = connection.prepareStatement("delete from representative where student_id = any (?)")) {
                delete.setArray(1, uuids(connection, changedIds));
                delete.executeUpdate();
            }
        }
        representatives.copyInto(connection, "representative", REPRESENTATIVE_COLUMNS);
        return true;
    }

    /** One UPDATE from a staging table: every column replaced, the version bumped, only where nobody moved it meanwhile. */
    private static boolean update(Connection connection, CopyRows changed, List<Write> writes) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temporary table " + STAGED_UPDATES + " (like student) on commit drop");
        }
        changed.copyInto(connection, STAGED_UPDATES, STUDENT_COLUMNS);
        // The staged version column carries the version read; the bump is how often the batch changed the student.
        try (PreparedStatement update = connection.prepareStatement("update student s set " + SET_CONTENT
                + ", version = s.version + b.updates from " + STAGED_UPDATES + " u join unnest(?, ?) as b(id, updates) on b.id = u.id"
                + " where s.id = u.id and s.version = u.version")) {
            List<Write> changes = writes.stream().filter(write -> !write.isNew()).toList();
            update.setArray(1, uuids(connection, changes.stream().map(Write::id).toList()));
            update.setArray(2, connection.createArrayOf("int4", changes.stream().map(Write::updates).toArray()));
            return update.executeUpdate() == changes.size();
        }
    }

    private static Array uuids(Connection connection, Collection<UUID> ids) throws SQLException {
        return connection.createArrayOf("uuid", ids.toArray());
    }
}
