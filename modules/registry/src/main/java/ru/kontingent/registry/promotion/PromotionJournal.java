package ru.kontingent.registry.promotion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.kontingent.platform.audit.AuditAction;
import ru.kontingent.platform.audit.AuditEntry;
import ru.kontingent.platform.audit.AuditLog;
import ru.kontingent.platform.security.Caller;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The promotion's audit trail: every answer lists students by name, so each listed student is one
 * event in the call's transaction: an UPDATE of "enrollments" where the call changed them, a READ
 * otherwise (a preview, the held back, a batch shown). One COPY per call, however large the scope.
 */
@ApplicationScoped
public class PromotionJournal {

    private static final String SUBJECT = "student";
    private static final List<String> FIELDS = List.of("enrollments");

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public void read(Collection<UUID> students) {
        record(AuditAction.READ, students);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void updated(Collection<UUID> students) {
        record(AuditAction.UPDATE, students);
    }

    private void record(AuditAction action, Collection<UUID> students) {
        String organization = caller.organization().orElse(null);
        audit.recordAll(students.stream().map(student -> new AuditEntry(caller.subject(), caller.mainRole(), organization, action,
                SUBJECT, student.toString(), FIELDS)).toList());
    }
}
