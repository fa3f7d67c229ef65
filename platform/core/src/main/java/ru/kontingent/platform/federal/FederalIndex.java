package ru.kontingent.platform.federal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.kontingent.platform.bulk.CopyRows;
import ru.kontingent.platform.region.RegionCode;
import ru.kontingent.platform.tenancy.RegionBinding;

import org.hibernate.jdbc.ReturningWork;
import ru.kontingent.platform.datasource.DatasourceNames;
import ru.kontingent.platform.region.RegionCatalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;

/**
 * Where a person is enrolled, across regions, without personal data: rows keyed by a keyed hash
 * of the SNILS ({@link SnilsHasher}), in the shared schema on the primary server. For a region on
 * the primary, writes join the caller's transaction (the same connection as the region's
 * enrollment), so the index never disagrees with the data. For a region on another server one
 * transaction cannot reach both servers: the index statement runs on the primary in a transaction
 * of its own, committed before the region's (docs/platform.md, "Regions over several servers").
 */
@ApplicationScoped
public class FederalIndex {

    static final String STUDENT = "STUDENT";
    static final String REPRESENTATIVE = "REPRESENTATIVE";

    @PersistenceContext(unitName = "kontingent")
    EntityManager em;

    @Inject
    SnilsHasher hasher;

    @Inject
    RegionCatalog catalog;

    @Inject
    FederalIndexOnPrimary primary;

    /** An enrollment of the bound region's student began. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enrolled(String snils, String studentId, String enrollmentId, LocalDate from) {
        enrolledAll(List.of(new Enrolled(snils, studentId, enrollmentId, from)));
    }

    /** One enrollment that began, for {@link #enrolledAll}. */
    public record Enrolled(String snils, String studentId, String enrollmentId, LocalDate from) {
    }

    /** {@link #enrolled} for many enrollments of the bound region in one COPY. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enrolledAll(List<Enrolled> enrollments) {
        if (enrollments.isEmpty()) {
            return;
        }
        String region = region();
        CopyRows rows = new CopyRows(6);
        for (Enrolled enrolled : enrollments) {
            rows.add(STUDENT, hasher.hash(enrolled.snils()), region, enrolled.studentId(), enrolled.enrollmentId(), enrolled.from());
        }
        onIndexWrite(connection -> rows.copyInto(connection, "platform.federal_index",
                "kind, snils_hash, region_code, student_id, enrollment_id, enrolled_from"));
    }

    /** That enrollment ended. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void left(String enrollmentId, LocalDate to) {
        String region = region();
        onIndexWrite(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "update platform.federal_index set enrolled_to = ? where region_code = ? and enrollment_id = ?")) {
                update.setObject(1, to);
                update.setString(2, region);
                update.setString(3, enrollmentId);
                return update.executeUpdate();
            }
        });
    }

    /**
     * These enrollments of the bound region now belong to another student (a duplicate merge, or
     * its undo): their rows move to that student's id and SNILS hash.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reassign(List<String> enrollmentIds, String snils, String studentId) {
        if (enrollmentIds.isEmpty()) {
            return;
        }
        String region = region();
        String hash = hasher.hash(snils);
        onIndexWrite(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update platform.federal_index set snils_hash = ?, student_id = ?"
                    + " where kind = ? and region_code = ? and enrollment_id = any (?)")) {
                update.setString(1, hash);
                update.setString(2, studentId);
                update.setString(3, STUDENT);
                update.setString(4, region);
                update.setArray(5, connection.createArrayOf("varchar", enrollmentIds.toArray()));
                return update.executeUpdate();
            }
        });
    }

    /** These enrollments of the bound region never happened (a reverted bulk order): their rows go. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawn(List<String> enrollmentIds) {
        byEnrollments("delete from platform.federal_index where region_code = ? and enrollment_id = any (?)", enrollmentIds);
    }

    /** These enrollments of the bound region did not end after all (a reverted bulk order). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resumed(List<String> enrollmentIds) {
        byEnrollments("update platform.federal_index set enrolled_to = null where region_code = ? and enrollment_id = any (?)",
                enrollmentIds);
    }

    private void byEnrollments(String sql, List<String> enrollmentIds) {
        if (enrollmentIds.isEmpty()) {
            return;
        }
        String region = region();
        onIndexWrite(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, region);
                statement.setArray(2, connection.createArrayOf("varchar", enrollmentIds.toArray()));
                return statement.executeUpdate();
            }
        });
    }

    /** Enrollments of the same person in OTHER regions: region code and dates only. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ForeignEnrollment> elsewhere(String snils) {
        String region = region();
        String hash = hasher.hash(snils);
        return onIndex(connection -> {
            try (PreparedStatement query = connection.prepareStatement("select region_code, enrolled_from, enrolled_to"
                    + " from platform.federal_index where kind = ? and snils_hash = ? and region_code <> ? order by enrolled_from, id")) {
                query.setString(1, STUDENT);
                query.setString(2, hash);
                query.setString(3, region);
                List<ForeignEnrollment> found = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(new ForeignEnrollment(rows.getString(1), toDate(rows.getObject(2)), toDate(rows.getObject(3))));
                    }
                }
                return found;
            }
        });
    }

    /**
     * Where the person is enrolled now in OTHER regions (open index rows): region code and student
     * id, newest first. For a cross-region transfer request, which must learn where to ask.
     */
    @Transactional
    public List<IndexedStudent> enrolledElsewhere(String normalizedSnils) {
        String region = region();
        String hash = hasher.hash(normalizedSnils);
        List<String[]> rows = onIndex(connection -> pairs(connection, "select region_code, student_id from platform.federal_index"
                + " where kind = ? and snils_hash = ? and region_code <> ? and enrolled_to is null"
                + " order by enrolled_from desc, id desc", STUDENT, hash, region));
        return rows.stream().map(row -> new IndexedStudent(row[0], row[1])).distinct().toList();
    }

    /** Replaces the representatives recorded for a student of the bound region. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void representatives(String studentId, List<String> snilsOfRepresentatives) {
        representativesOfAll(java.util.Map.of(studentId, snilsOfRepresentatives));
    }

    /** {@link #representatives} for many students of the bound region at once: a delete and a COPY per call. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void representativesOfAll(java.util.Map<String, List<String>> snilsByStudent) {
        if (snilsByStudent.isEmpty()) {
            return;
        }
        String region = region();
        onIndexWrite(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from platform.federal_index where kind = ? and region_code = ? and student_id = any (?)")) {
                delete.setString(1, REPRESENTATIVE);
                delete.setString(2, region);
                delete.setArray(3, connection.createArrayOf("varchar", snilsByStudent.keySet().toArray()));
                delete.executeUpdate();
            }
            return copyRepresentatives(connection, region, snilsByStudent);
        });
    }

    /**
     * {@link #representativesOfAll} for students created in the caller's transaction (bulk imports):
     * nothing can be recorded for them yet, so there is nothing to delete, only a COPY.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void representativesOfNew(java.util.Map<String, List<String>> snilsByStudent) {
        if (snilsByStudent.isEmpty()) {
            return;
        }
        String region = region();
        onIndexWrite(connection -> copyRepresentatives(connection, region, snilsByStudent));
    }

    private long copyRepresentatives(java.sql.Connection connection, String region, java.util.Map<String, List<String>> snilsByStudent)
            throws java.sql.SQLException {
        CopyRows rows = new CopyRows(4);
        for (var student : snilsByStudent.entrySet()) {
            for (String snils : student.getValue()) {
                rows.add(REPRESENTATIVE, hasher.hash(snils), region, student.getKey());
            }
        }
        return rows.copyInto(connection, "platform.federal_index", "kind, snils_hash, region_code, student_id");
    }

    /**
     * The students, in any region, one of whose registered representatives has this SNILS: region
     * code and student id only. Whether the link still holds is for the child's region to confirm.
     */
    @Transactional
    public List<RepresentedChild> childrenOf(String normalizedSnils) {
        String hash = hasher.hash(normalizedSnils);
        List<String[]> rows = onIndex(connection -> pairs(connection, "select distinct region_code, student_id from platform.federal_index"
                + " where kind = ? and snils_hash = ? order by region_code, student_id", REPRESENTATIVE, hash));
        return rows.stream().map(row -> new RepresentedChild(row[0], row[1])).toList();
    }

    /** An enrollment of the bound region and the day that matters for the migration report (its end, or its start). */
    public record DatedEnrollment(String enrollmentId, LocalDate day) {
    }

    /**
     * Where children went: for enrollments of the bound region ended by a move, the region of the
     * person's enrollment that began nearest to the exit day, counted per region ({@code UNKNOWN}
     * when the index knows none). A separate step from reading the region's enrollments, since the
     * region and the index may be on different servers.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Long> destinations(List<DatedEnrollment> exits) {
        return countByRegion("select coalesce(dest.region_code, 'UNKNOWN'), count(*)"
                + " from unnest(cast(? as varchar[]), cast(? as varchar[])) as e(id, day) left join lateral ("
                + "   select other.region_code from platform.federal_index self"
                + "   join platform.federal_index other on other.kind = 'STUDENT' and other.snils_hash = self.snils_hash"
                + "     and other.region_code <> self.region_code"
                + "   where self.kind = 'STUDENT' and self.region_code = ? and self.enrollment_id = e.id"
                + "   order by abs(other.enrolled_from - cast(e.day as date)), other.id limit 1) dest on true"
                + " group by 1", exits);
    }

    /**
     * Where children came from: for first basic enrollments of the bound region, the region of the
     * person's latest enrollment that began earlier, counted per region (none: not counted).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Long> origins(List<DatedEnrollment> starts) {
        return countByRegion("select origin.region_code, count(*)"
                + " from unnest(cast(? as varchar[]), cast(? as varchar[])) as e(id, day) join lateral ("
                + "   select other.region_code from platform.federal_index self"
                + "   join platform.federal_index other on other.kind = 'STUDENT' and other.snils_hash = self.snils_hash"
                + "     and other.region_code <> self.region_code and other.enrolled_from < cast(e.day as date)"
                + "   where self.kind = 'STUDENT' and self.region_code = ? and self.enrollment_id = e.id"
                + "   order by other.enrolled_from desc, other.id limit 1) origin on true"
                + " group by 1", starts);
    }

    private Map<String, Long> countByRegion(String sql, List<DatedEnrollment> enrollments) {
        if (enrollments.isEmpty()) {
            return Map.of();
        }
        String region = region();
        Object[] ids = enrollments.stream().map(DatedEnrollment::enrollmentId).toArray();
        Object[] days = enrollments.stream().map(enrollment -> enrollment.day().toString()).toArray();
        return onIndex(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setArray(1, connection.createArrayOf("varchar", ids));
                query.setArray(2, connection.createArrayOf("varchar", days));
                query.setString(3, region);
                Map<String, Long> counts = new TreeMap<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        counts.put(rows.getString(1), rows.getLong(2));
                    }
                }
                return counts;
            }
        });
    }

    /**
     * Runs an index query where the index is: on the bound region's own connection when the region
     * lives on the primary server, else in a transaction of its own on the primary.
     */
    private <T> T onIndex(ReturningWork<T> work) {
        org.hibernate.Session session = em.unwrap(org.hibernate.Session.class);
        // What native queries did here before: the region's pending entity changes reach the
        // database first, in the order the caller made them (an ended enrollment before the one
        // that replaces it; Hibernate's own flush would insert before it updates).
        session.flush();
        if (onPrimary()) {
            return session.doReturningWork(work);
        }
        return primary.run(work);
    }

    /**
     * Changes the index with the region's transaction: on the region's own connection when the
     * region lives on the primary (one commit for both); else kept until the region's transaction
     * is about to commit and then run in one transaction on the primary, so a region transaction
     * that fails on its way (a refused write, a lost connection) leaves no index row behind. What
     * remains is the commit itself failing after the index committed (docs/platform.md).
     */
    private void onIndexWrite(ReturningWork<?> work) {
        if (onPrimary()) {
            onIndex(work);
        } else {
            primary.beforeCommit(work);
        }
    }

    private boolean onPrimary() {
        return DatasourceNames.PRIMARY.equals(catalog.datasourceOf(RegionBinding.require()));
    }

    private static List<String[]> pairs(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            List<String[]> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
            return found;
        }
    }

    private static String region() {
        RegionCode region = RegionBinding.require();
        return region.value();
    }

    private static LocalDate toDate(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        return ((java.sql.Date) value).toLocalDate();
    }
}
