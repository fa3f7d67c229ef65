package ru.kontingent.registry.merge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.kontingent.platform.student.MovedRecord;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The merge tables ({@code student_merge}, {@code student_merge_row}, {@code student_merge_digest}):
 * fixed statements, values as bind parameters. Joins the merge's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MergeStore {

    /** A stored merge. */
    public record Merge(UUID id, UUID keptId, UUID duplicateId, OffsetDateTime mergedAt, String mergedBy,
                        OffsetDateTime undoneAt, String undoneBy) {

        boolean undone() {
            return undoneAt != null;
        }
    }

    /** A digest taken right after the merge: one kind of records of one student, by one participant. */
    public record Digest(String participant, UUID studentId, String kind, String digest) {
    }

    @PersistenceContext(unitName = "kontingent")
    EntityManager em;

    void create(UUID id, UUID keptId, UUID duplicateId, String by) {
        em.createNativeQuery("insert into student_merge (id, kept_id, duplicate_id, merged_at, merged_by) values (:id, :kept, :duplicate, :at, :by)")
                .setParameter("id", id).setParameter("kept", keptId).setParameter("duplicate", duplicateId)
                .setParameter("at", OffsetDateTime.now()).setParameter("by", by).executeUpdate();
    }

    void moved(UUID mergeId, String participant, List<MovedRecord> rows) {
        for (MovedRecord row : rows) {
            em.createNativeQuery("insert into student_merge_row (merge_id, participant, kind, row_id, previous)"
                            + " values (:merge, :participant, :kind, :row, :previous)")
                    .setParameter("merge", mergeId).setParameter("participant", participant).setParameter("kind", row.kind())
                    .setParameter("row", row.rowId())
                    // "" for none: an untyped null bind parameter is ambiguous to PostgreSQL.
                    .setParameter("previous", row.previous() == null ? "" : row.previous()).executeUpdate();
        }
    }

    void digests(UUID mergeId, String participant, UUID studentId, Map<String, String> digests) {
        digests.forEach((kind, digest) -> em.createNativeQuery("insert into student_merge_digest (merge_id, participant, student_id, kind, digest)"
                        + " values (:merge, :participant, :student, :kind, :digest)")
                .setParameter("merge", mergeId).setParameter("participant", participant).setParameter("student", studentId)
                .setParameter("kind", kind).setParameter("digest", digest).executeUpdate());
    }

    /** The merge, its row locked against a concurrent undo when {@code lock}. */
    Optional<Merge> find(UUID id, boolean lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, kept_id, duplicate_id, merged_at, merged_by, undone_at, undone_by"
                        + " from student_merge where id = :id" + (lock ? " for update" : ""))
                .setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(row -> new Merge((UUID) row[0], (UUID) row[1], (UUID) row[2], time(row[3]),
                (String) row[4], time(row[5]), (String) row[6]));
    }

    /** The rows each participant moved, in the order they were recorded. */
    Map<String, List<MovedRecord>> movedRows(UUID mergeId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select participant, kind, row_id, previous from student_merge_row"
                        + " where merge_id = :merge order by participant, kind, row_id")
                .setParameter("merge", mergeId).getResultList();
        Map<String, List<MovedRecord>> moved = new LinkedHashMap<>();
        for (Object[] row : rows) {
            moved.computeIfAbsent((String) row[0], p -> new ArrayList<>()).add(new MovedRecord((String) row[1], (UUID) row[2],
                    row[3] == null || row[3].toString().isEmpty() ? null : (String) row[3]));
        }
        return moved;
    }

    List<Digest> digests(UUID mergeId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select participant, student_id, kind, digest from student_merge_digest"
                        + " where merge_id = :merge order by participant, student_id, kind")
                .setParameter("merge", mergeId).getResultList();
        return rows.stream().map(row -> new Digest((String) row[0], (UUID) row[1], (String) row[2], (String) row[3])).toList();
    }

    /** How many rows of each kind moved, every kind that took part listed (zero when none moved). */
    Map<String, Integer> movedCounts(UUID mergeId) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Digest digest : digests(mergeId)) {
            counts.put(digest.kind(), 0);
        }
        movedRows(mergeId).values().forEach(rows -> rows.forEach(row -> counts.merge(row.kind(), 1, Integer::sum)));
        return counts;
    }

    void undone(UUID mergeId, String by) {
        em.createNativeQuery("update student_merge set undone_at = :at, undone_by = :by where id = :id")
                .setParameter("at", OffsetDateTime.now()).setParameter("by", by).setParameter("id", mergeId).executeUpdate();
    }

    private static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
