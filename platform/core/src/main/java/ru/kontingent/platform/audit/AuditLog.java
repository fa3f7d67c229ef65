package ru.kontingent.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.kontingent.platform.bulk.CopyRows;
import ru.kontingent.platform.security.Caller;

import java.util.List;

/**
 * The audit service modules call for every read or write of personal data. It joins the caller's
 * transaction (and refuses to run without one), so the event and the data it describes are
 * committed or rolled back together, in the same region schema.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "kontingent")
    EntityManager em;

    @Inject
    Instance<Caller> caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditEntry entry) {
        recordAll(List.of(entry));
    }

    /** Many events in one COPY: bulk work audits every student without a statement each. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now();
        CopyRows rows = new CopyRows(8);
        for (AuditEntry entry : entries) {
            rows.add(now, entry.actor(), entry.role(), entry.organization(), entry.action().name(), entry.subjectType(),
                    entry.subjectId(), String.join(",", entry.fields()));
        }
        em.unwrap(org.hibernate.Session.class).doWork(connection ->
                rows.copyInto(connection, "audit_event", "at, actor, role, organization, action, subject_type, subject_id, fields"));
    }

    /** Records an access by the calling user of the current request. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, String subjectType, String subjectId, List<String> fields) {
        Caller who = caller.get();
        record(new AuditEntry(who.subject(), who.mainRole(), who.organization().orElse(null), action,
                subjectType, subjectId, fields));
    }
}
