package ru.kontingent.health.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.kontingent.platform.student.MergeConflict;
import ru.kontingent.platform.student.MovedRecord;
import ru.kontingent.platform.student.StudentMergeParticipant;
import ru.kontingent.platform.student.StudentRows;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Health's part in a merge. The duplicate's dated records join the kept student's history, their
 * versions renumbered after the kept history's last (so its If-Match version moves on and no two
 * rows share a version); the record in force at a date stays the one with the latest
 * {@code validFrom}. Two records valid from the same day cannot be ordered between two sources:
 * such histories are refused, for the health ministry to reconcile first.
 */
@ApplicationScoped
public class HealthMergeParticipant implements StudentMergeParticipant {

    static final String KIND = "healthRecords";

    @PersistenceContext(unitName = "kontingent")
    EntityManager em;

    @Override
    public String name() {
        return "health.records";
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<MergeConflict> conflicts(UUID keptId, UUID duplicateId) {
        @SuppressWarnings("unchecked")
        List<Object> sameDays = em.createNativeQuery("select distinct k.valid_from from health_record k"
                        + " join health_record d on d.student_id = :duplicate and d.valid_from = k.valid_from"
                        + " where k.student_id = :kept order by k.valid_from")
                .setParameter("kept", keptId).setParameter("duplicate", duplicateId).getResultList();
        return sameDays.stream().map(day -> new MergeConflict(KIND,
                "both students have a health record valid from " + day + "; which one is in force cannot be decided")).toList();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<MovedRecord> move(UUID keptId, UUID duplicateId) {
        long offset = ((Number) em.createNativeQuery("select coalesce(max(version), 0) from health_record where student_id = :kept")
                .setParameter("kept", keptId).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("update health_record set student_id = :kept, version = version + :offset"
                        + " where student_id = :duplicate returning id, version - :offset")
                .setParameter("kept", keptId).setParameter("offset", offset).setParameter("duplicate", duplicateId)
                .getResultList();
        return rows.stream().map(row -> new MovedRecord(KIND, (UUID) row[0], row[1].toString())).toList();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void undo(UUID keptId, UUID duplicateId, List<MovedRecord> moved) {
        for (MovedRecord record : moved) {
            em.createNativeQuery("update health_record set student_id = :duplicate, version = :version where id = :id")
                    .setParameter("duplicate", duplicateId).setParameter("version", Long.parseLong(record.previous()))
                    .setParameter("id", record.rowId()).executeUpdate();
        }
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
        return new StudentRows(em, "health_record");
    }
}
