package ru.kontingent.portfolio.merge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.kontingent.platform.student.MergeConflict;
import ru.kontingent.platform.student.MovedRecord;
import ru.kontingent.platform.student.StudentMergeParticipant;
import ru.kontingent.platform.student.StudentRows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Achievements, exam results, grades and certificates (with their final grades) move to the kept
 * student. Exam results, grades and certificates are one per key (the tables' unique keys): when both
 * students hold the same key the merge is refused, naming it, rather than keep one result and drop
 * the other.
 */
@ApplicationScoped
public class PortfolioMergeParticipant implements StudentMergeParticipant {

    /** A kind of record: its table and, for the one-per-key tables, the key columns a merge must not repeat. */
    private record Section(String kind, String table, String key) {
    }

    private static final List<Section> SECTIONS = List.of(
            new Section("achievements", "achievement", null),
            new Section("examResults", "exam_result", "exam, subject, exam_year"),
            new Section("grades", "grade", "school_year, period, subject"),
            new Section("certificates", "certificate", "kind"));

    @PersistenceContext(unitName = "kontingent")
    EntityManager em;

    @Override
    public String name() {
        return "portfolio.records";
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<MergeConflict> conflicts(UUID keptId, UUID duplicateId) {
        List<MergeConflict> conflicts = new ArrayList<>();
        for (Section section : SECTIONS) {
            if (section.key() == null) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Object> keys = em.createNativeQuery("select concat_ws(' ', " + section.key() + ") from " + section.table()
                            + " where student_id = :kept and (" + section.key() + ") in (select " + section.key() + " from "
                            + section.table() + " where student_id = :duplicate) order by 1")
                    .setParameter("kept", keptId).setParameter("duplicate", duplicateId).getResultList();
            keys.forEach(key -> conflicts.add(new MergeConflict(section.kind(), "both students have a record for " + key)));
        }
        return conflicts;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<MovedRecord> move(UUID keptId, UUID duplicateId) {
        List<MovedRecord> moved = new ArrayList<>();
        for (Section section : SECTIONS) {
            new StudentRows(em, section.table()).moveAll(duplicateId, keptId)
                    .forEach(id -> moved.add(new MovedRecord(section.kind(), id)));
        }
        return moved;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void undo(UUID keptId, UUID duplicateId, List<MovedRecord> moved) {
        for (Section section : SECTIONS) {
            List<UUID> ids = moved.stream().filter(record -> record.kind().equals(section.kind())).map(MovedRecord::rowId).toList();
            new StudentRows(em, section.table()).moveBack(ids, duplicateId);
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, String> fingerprints(UUID studentId) {
        Map<String, String> digests = new LinkedHashMap<>();
        for (Section section : SECTIONS) {
            digests.put(section.kind(), new StudentRows(em, section.table()).digest(studentId));
        }
        // A certificate's final grades live in their own table: a corrected grade must block an undo too.
        digests.put("certificates", digests.get("certificates") + ":" + em.createNativeQuery(
                        "select md5(coalesce(string_agg(g::text, '|' order by g.certificate_id, g.subject), ''))"
                                + " from certificate_final_grade g join certificate c on c.id = g.certificate_id where c.student_id = :student")
                .setParameter("student", studentId).getSingleResult());
        return digests;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean holdsRecordsOf(UUID studentId) {
        return SECTIONS.stream().anyMatch(section -> new StudentRows(em, section.table()).any(studentId));
    }
}
