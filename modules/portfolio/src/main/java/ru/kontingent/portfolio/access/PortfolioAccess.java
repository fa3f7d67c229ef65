package ru.kontingent.portfolio.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.kontingent.platform.audit.AuditAction;
import ru.kontingent.platform.audit.AuditLog;
import ru.kontingent.platform.module.FieldPolicies;
import ru.kontingent.platform.security.Caller;
import ru.kontingent.platform.student.StudentScope;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The portfolio's side of 152-FZ, in one place: a student is reached only within the caller's
 * scope (404 outside the region, 403 outside a school operator's organization), a record is
 * shown only with the fields the caller's role may see, and every read or write of a student's
 * portfolio is journaled against the student, in the caller's transaction.
 */
@ApplicationScoped
public class PortfolioAccess {

    private static final String SUBJECT = "student";

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
    public void journal(AuditAction action, UUID studentId, String section) {
        audit.record(action, SUBJECT, studentId.toString(), List.of(section));
    }

    /** The caller's part of a full record, by the view's field policy. */
    public Map<String, Object> shown(String view, Map<String, Object> full) {
        return policies.restrict(full, policies.visibleFields(view, caller.roles()));
    }

    /** A parent's part of a full record, by the view's field policy for the citizen role. */
    public Map<String, Object> shownToParent(String view, Map<String, Object> full) {
        return policies.restrict(full, policies.visibleFields(view, Set.of(ru.kontingent.platform.security.Roles.CITIZEN)));
    }

    /** Who is recording: the token's subject, kept with the record. */
    public String recorder() {
        return caller.subject();
    }
}
