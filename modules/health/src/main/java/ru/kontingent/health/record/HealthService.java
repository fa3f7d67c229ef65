package ru.kontingent.health.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import ru.kontingent.health.HealthFieldPolicies;
import ru.kontingent.platform.audit.AuditAction;
import ru.kontingent.platform.audit.AuditLog;
import ru.kontingent.platform.db.ConstraintNames;
import ru.kontingent.platform.module.FieldPolicies;
import ru.kontingent.platform.problem.FieldError;
import ru.kontingent.platform.problem.InvalidInputException;
import ru.kontingent.platform.security.Caller;
import ru.kontingent.platform.student.StudentIdentity;
import ru.kontingent.platform.student.StudentScope;
import ru.kontingent.platform.view.IfMatch;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Health records of the bound region's students. Each call is one transaction: the record, and
 * the audit event naming exactly the fields the caller was shown or wrote, commit together.
 */
@ApplicationScoped
public class HealthService {

    private static final String SUBJECT = "student";

    @PersistenceContext(unitName = "kontingent")
    EntityManager em;

    @Inject
    StudentScope scope;

    @Inject
    FieldPolicies policies;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    /** The record in force at {@code asOf} (today when absent), as the caller's role may see it. */
    @Transactional
    public ShownRecord current(UUID studentId, LocalDate asOf) {
        scope.require(studentId);
        HealthRecord record = inForce(studentId, asOf != null ? asOf : LocalDate.now())
                .orElseThrow(HealthRecordNotFoundException::new);
        return new ShownRecord(shown(studentId, record.fullView(), AuditAction.READ), historyVersion(studentId), false);
    }

    /** Every record of the student, newest validity first, each as the caller's role may see it. */
    @Transactional
    public List<Map<String, Object>> history(UUID studentId) {
        scope.require(studentId);
        List<HealthRecord> records = em.createQuery("select r from HealthRecord r where r.studentId = :student"
                        + " order by r.validFrom desc, r.version desc", HealthRecord.class)
                .setParameter("student", studentId).getResultList();
        Set<String> visible = visible();
        audit.record(AuditAction.READ, SUBJECT, studentId.toString(), List.copyOf(visible));
        return records.stream().map(record -> policies.restrict(record.fullView(), visible)).toList();
    }

    /**
     * Adds a dated record. The first record needs no {@code If-Match}; every later one must name
     * the history's current version, so two ministries' edits cannot silently overwrite each other.
     */
    @Transactional
    public ShownRecord record(UUID studentId, HealthRecordInput input, String ifMatch) {
        StudentIdentity student = scope.require(studentId);
        long current = historyVersion(studentId);
        if (current > 0) {
            IfMatch.check(ifMatch, current);
        }
        LocalDate today = LocalDate.now();
        LocalDate validFrom = input.validFrom() != null ? input.validFrom() : today;
        List<FieldError> errors = HealthRecordRules.check(validFrom, student.birthDate(), input.disability(), today);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        HealthRecord record = new HealthRecord(studentId, current + 1, validFrom, input, caller.subject());
        em.persist(record);
        flushGuardingVersion();
        AuditAction action = current == 0 ? AuditAction.CREATE : AuditAction.UPDATE;
        return new ShownRecord(shown(studentId, record.fullView(), action), record.version(), current == 0);
    }

    private java.util.Optional<HealthRecord> inForce(UUID studentId, LocalDate date) {
        return em.createQuery("select r from HealthRecord r where r.studentId = :student and r.validFrom <= :date"
                        + " order by r.validFrom desc, r.version desc", HealthRecord.class)
                .setParameter("student", studentId).setParameter("date", date)
                .setMaxResults(1).getResultStream().findFirst();
    }

    private long historyVersion(UUID studentId) {
        Long max = em.createQuery("select max(r.version) from HealthRecord r where r.studentId = :student", Long.class)
                .setParameter("student", studentId).getSingleResult();
        return max == null ? 0 : max;
    }

    private Map<String, Object> shown(UUID studentId, Map<String, Object> full, AuditAction action) {
        Set<String> visible = visible();
        audit.record(action, SUBJECT, studentId.toString(), List.copyOf(visible));
        return policies.restrict(full, visible);
    }

    private Set<String> visible() {
        return policies.visibleFields(HealthFieldPolicies.RECORD_VIEW, caller.roles());
    }

    /** A concurrent update that took the same version number loses, as a stale If-Match would. */
    private void flushGuardingVersion() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (ConstraintNames.violated(e, "health_record_version_unique")) {
                throw new IfMatch.StaleVersion();
            }
            throw e;
        }
    }
}
