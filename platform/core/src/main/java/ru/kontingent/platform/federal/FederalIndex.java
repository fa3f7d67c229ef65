package ru.kontingent.platform.federal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.kontingent.platform.bulk.CopyRows;
import ru.kontingent.platform.region.RegionCode;
import ru.kontingent.platform.tenancy.RegionBinding;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a person is enrolled, across regions, without personal data: rows keyed by a keyed hash
 * of the SNILS ({@link SnilsHasher}), in the shared schema. Writes join the caller's transaction
 * (the same connection as the region's enrollment), so the index never disagrees with the data.
 */
@ApplicationScoped
public class FederalIndex {

    static final String STUDENT = "STUDENT";
    static final String REPRESENTATIVE = "REPRESENTATIVE";

    @PersistenceContext(unitName = "kontingent")
    EntityManager em;

    @Inject
    SnilsHasher hasher;

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
        em.unwrap(org.hibernate.Session.class).doWork(connection -> rows.copyInto(connection, "platform.federal_index",
                "kind, snils_hash, region_code, student_id, enrollment_id, enrolled_from"));
    }

    /** That enrollment ended. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void left(String enrollmentId, LocalDate to) {
        em.createNativeQuery("update platform.federal_index set enrolled_to = ?1 where region_code = ?2 and enrollment_id = ?3")
                .setParameter(1, to).setParameter(2, region()).setParameter(3, enrollmentId)
                .executeUpdate();
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
        em.createNativeQuery("update platform.federal_index set snils_hash = :hash, student_id = :student"
                        + " where kind = :kind and region_code = :region and enrollment_id in (:enrollments)")
                .setParameter("hash", hasher.hash(snils)).setParameter("student", studentId).setParameter("kind", STUDENT)
                .setParameter("region", region()).setParameter("enrollments", enrollmentIds)
                .executeUpdate();
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
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, region);
                statement.setArray(2, connection.createArrayOf("varchar", enrollmentIds.toArray()));
                statement.executeUpdate();
            }
        });
    }

    /** Enrollments of the same person in OTHER regions: region code and dates only. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ForeignEnrollment> elsewhere(String snils) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select region_code, enrolled_from, enrolled_to from platform.federal_index"
                        + " where kind = ?1 and snils_hash = ?2 and region_code <> ?3 order by enrolled_from, id")
                .setParameter(1, STUDENT).setParameter(2, hasher.hash(snils)).setParameter(3, region())
                .getResultList();
        return rows.stream().map(row -> new ForeignEnrollment((String) row[0], toDate(row[1]), toDate(row[2]))).toList();
    }

    /**
     * Where the person is enrolled now in OTHER regions (open index rows): region code and student
     * id, newest first. For a cross-region transfer request, which must learn where to ask.
     */
    @Transactional
    public List<IndexedStudent> enrolledElsewhere(String normalizedSnils) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select region_code, student_id from platform.federal_index"
                        + " where kind = ?1 and snils_hash = ?2 and region_code <> ?3 and enrolled_to is null"
                        + " order by enrolled_from desc, id desc")
                .setParameter(1, STUDENT).setParameter(2, hasher.hash(normalizedSnils)).setParameter(3, region())
                .getResultList();
        return rows.stream().map(row -> new IndexedStudent((String) row[0], (String) row[1])).distinct().toList();
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
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.PreparedStatement delete = connection.prepareStatement(
                    "delete from platform.federal_index where kind = ? and region_code = ? and student_id = any (?)")) {
                delete.setString(1, REPRESENTATIVE);
                delete.setString(2, region);
                delete.setArray(3, connection.createArrayOf("varchar", snilsByStudent.keySet().toArray()));
                delete.executeUpdate();
            }
            copyRepresentatives(connection, region, snilsByStudent);
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
        em.unwrap(org.hibernate.Session.class).doWork(connection -> copyRepresentatives(connection, region, snilsByStudent));
    }

    private void copyRepresentatives(java.sql.Connection connection, String region, java.util.Map<String, List<String>> snilsByStudent)
            throws java.sql.SQLException {
        CopyRows rows = new CopyRows(4);
        for (var student : snilsByStudent.entrySet()) {
            for (String snils : student.getValue()) {
                rows.add(REPRESENTATIVE, hasher.hash(snils), region, student.getKey());
            }
        }
        rows.copyInto(connection, "platform.federal_index", "kind, snils_hash, region_code, student_id");
    }

    /**
     * The students, in any region, one of whose registered representatives has this SNILS: region
     * code and student id only. Whether the link still holds is for the child's region to confirm.
     */
    @Transactional
    public List<RepresentedChild> childrenOf(String normalizedSnils) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select distinct region_code, student_id from platform.federal_index"
                        + " where kind = ?1 and snils_hash = ?2 order by region_code, student_id")
                .setParameter(1, REPRESENTATIVE).setParameter(2, hasher.hash(normalizedSnils))
                .getResultList();
        return rows.stream().map(row -> new RepresentedChild((String) row[0], (String) row[1])).toList();
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
