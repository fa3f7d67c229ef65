package ru.kontingent.registry.enrollment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.kontingent.platform.federal.FederalIndex;
import ru.kontingent.platform.student.MergeConflict;
import ru.kontingent.platform.student.MovedRecord;
import ru.kontingent.platform.student.StudentMergeParticipant;
import ru.kontingent.platform.student.StudentRows;
import ru.kontingent.registry.student.Student;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The registry's part in a merge: the duplicate's enrollments (every program, ended or not) move
 * to the kept student, and their federal index rows with them (the kept student's id and SNILS
 * hash), so other regions' trajectories follow the person under the SNILS that stays.
 */
@ApplicationScoped
public class EnrollmentMergeParticipant implements StudentMergeParticipant {

    static final String KIND = "enrollments";

    @PersistenceContext(unitName = "kontingent")
    EntityManager em;

    @Inject
    FederalIndex federalIndex;

    @Override
    public String name() {
        return "registry.enrollments";
    }

    /** 273-FZ: one basic program at a time, so two basic periods that overlap cannot be one child's history. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<MergeConflict> conflicts(UUID keptId, UUID duplicateId) {
        @SuppressWarnings("unchecked")
        List<Object[]> overlaps = em.createNativeQuery("select k.id, d.id, k.end_date is null and d.end_date is null"
                        + " from enrollment k join enrollment d on d.student_id = :duplicate and d.program = 'BASIC'"
                        + " where k.student_id = :kept and k.program = 'BASIC'"
                        + " and k.start_date < coalesce(d.end_date, 'infinity'::date)"
                        + " and d.start_date < coalesce(k.end_date, 'infinity'::date) order by k.start_date, d.start_date")
                .setParameter("kept", keptId).setParameter("duplicate", duplicateId).getResultList();
        return overlaps.stream().map(row -> new MergeConflict(KIND, Boolean.TRUE.equals(row[2])
                ? "both students have an active basic enrollment (" + row[0] + ", " + row[1] + "): end one first"
                : "basic enrollments " + row[0] + " and " + row[1] + " overlap in time")).toList();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<MovedRecord> move(UUID keptId, UUID duplicateId) {
        List<UUID> moved = rows().moveAll(duplicateId, keptId);
        federalIndex.reassign(text(moved), em.find(Student.class, keptId).snils(), keptId.toString());
        return moved.stream().map(id -> new MovedRecord(KIND, id)).toList();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void undo(UUID keptId, UUID duplicateId, List<MovedRecord> moved) {
        List<UUID> ids = moved.stream().map(MovedRecord::rowId).toList();
        rows().moveBack(ids, duplicateId);
        federalIndex.reassign(text(ids), em.find(Student.class, duplicateId).snils(), duplicateId.toString());
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, String> fingerprints(UUID studentId) {
        return Map.of(KIND, rows().digest(studentId));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean holdsRecordsOf(UUID studentId) {
        return rows().any(studentId);
    }

    private StudentRows rows() {
        return new StudentRows(em, "enrollment");
    }

    private static List<String> text(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }
}
