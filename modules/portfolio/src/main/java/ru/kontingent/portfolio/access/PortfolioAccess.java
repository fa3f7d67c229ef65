package ru.kontingent.portfolio.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.kontingent.platform.audit.AuditAction;
import ru.kontingent.platform.audit.AuditLog;
import ru.kontingent.platform.module.FieldPolicies;
import ru.kontingent.platform.security.Caller;
import ru.kontingent.platform.security.Roles;
import ru.kontingent.platform.student.StudentScope;
import ru.kontingent.platform.view.NotFoundProblem;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The portfolio's side of 152-FZ, in one place: a student is reached only within the caller's
 * scope (404 outside the region, 403 outside a school operator's organization), a record is
 * shown only with the fields the caller's role may see, and every read or write of a student's
 * portfolio is journaled against the student, in the caller's transaction.
 */
@ApplicationScoped
public class PortfolioAccess {

    private static final String SUBJECT = "student";

    @PersistenceContext(unitName = "kontingent")
    EntityManager em;

    @Inject
    StudentScope scope;

    @Inject
    FieldPolicies policies;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    /** The student must exist in the bound region and be the caller's to reach. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireStudent(UUID studentId) {
        scope.require(studentId);
    }

    /** One audit event about the student: what was done with which part of its portfolio. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void journal(AuditAction action, UUID studentId, PortfolioSection section) {
        audit.record(action, SUBJECT, studentId.toString(), List.of(section.name()));
    }

    /** The student's records of a section as the caller may see them; journaled as one read. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Map<String, Object>> readAll(PortfolioSection section, UUID studentId,
                                             Supplier<? extends List<? extends StudentRecord>> records) {
        requireStudent(studentId);
        List<Map<String, Object>> shown = records.get().stream().map(record -> shown(section, record)).toList();
        journal(AuditAction.READ, studentId, section);
        return shown;
    }

    /** One record of the student; 404 when it does not exist or is another student's. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <R extends StudentRecord> Map<String, Object> readOne(PortfolioSection section, UUID studentId, Class<R> type,
                                                                 UUID recordId) {
        requireStudent(studentId);
        R record = em.find(type, recordId);
        if (record == null || !record.belongsTo(studentId)) {
            throw new NotFoundProblem(section.item());
        }
        journal(AuditAction.READ, studentId, section);
        return shown(section, record);
    }

    /** A record just stored (created, or replaced by key), journaled and shown to the caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Recorded written(PortfolioSection section, StudentRecord record, boolean created) {
        journal(created ? AuditAction.CREATE : AuditAction.UPDATE, record.studentId(), section);
        return new Recorded(record.id(), shown(section, record), created);
    }

    /** The caller's part of a record, by the section's field policy. */
    public Map<String, Object> shown(PortfolioSection section, StudentRecord record) {
        return policies.restrict(record.fullView(), policies.visibleFields(section.view(), caller.roles()));
    }

    /** A parent's part of a record, by the section's field policy for the citizen role. */
    public Map<String, Object> shownToParent(PortfolioSection section, StudentRecord record) {
        return policies.restrict(record.fullView(), policies.visibleFields(section.view(), Set.of(Roles.CITIZEN)));
    }

    /** Who is recording: the token's subject, kept with the record and shown to nobody. */
    public String recorder() {
        return caller.subject();
    }
}
