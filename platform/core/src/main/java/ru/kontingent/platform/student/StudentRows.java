package ru.kontingent.platform.student;

import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.UUID;

/**
 * The statements a {@link StudentMergeParticipant} repeats for each table that hangs rows on a
 * student by a {@code student_id} column: move them all, move some back, digest them, ask whether
 * there are any. The table name is a constant of the module that owns the table, never request
 * text; values travel as bind parameters.
 */
public final class StudentRows {

    private final EntityManager em;
    private final String table;

    public StudentRows(EntityManager em, String table) {
        this.em = em;
        this.table = table;
    }

    /** Moves every row of {@code from} to {@code to}; the ids moved. */
    public List<UUID> moveAll(UUID from, UUID to) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("update " + table + " set student_id = :to where student_id = :from returning id")
                .setParameter("to", to).setParameter("from", from).getResultList();
        return ids.stream().map(id -> id instanceof UUID uuid ? uuid : UUID.fromString(id.toString())).toList();
    }

    /** Moves these rows (of whichever student holds them now) to {@code to}. */
    public void moveBack(List<UUID> ids, UUID to) {
        if (ids.isEmpty()) {
            return;
        }
        em.createNativeQuery("update " + table + " set student_id = :to where id in (:ids)")
                .setParameter("to", to).setParameter("ids", ids).executeUpdate();
    }

    /** MD5 over the text of every row of the student, in id order: any insert, update or delete changes it. */
    public String digest(UUID studentId) {
        return (String) em.createNativeQuery("select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from "
                        + table + " t where t.student_id = :student")
                .setParameter("student", studentId).getSingleResult();
    }

    public boolean any(UUID studentId) {
        return !em.createNativeQuery("select 1 from " + table + " where student_id = :student limit 1")
                .setParameter("student", studentId).getResultList().isEmpty();
    }
}
