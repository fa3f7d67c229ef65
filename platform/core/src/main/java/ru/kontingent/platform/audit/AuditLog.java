package ru.kontingent.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
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

    /** Many events in one JDBC batch: bulk work audits every student without a round trip each. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.PreparedStatement insert = connection.prepareStatement("insert into audit_event"
                    + " (at, actor, role, organization, action, subject_type, subject_id, fields) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                java.time.OffsetDateTime now = java.time.OffsetDateTime.now();
                for (AuditEntry entry : entries) {
                    insert.setObject(1, now);
                    insert.setString(2, entry.actor());
                    insert.setString(3, entry.role());
                    insert.setString(4, entry.organization());
                    insert.setString(5, entry.action().name());
                    insert.setString(6, entry.subjectType());
                    insert.setString(7, entry.subjectId());
                    insert.setString(8, String.join(",", entry.fields()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** Records an access by the calling user of the current request. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, String subjectType, String subjectId, List<String> fields) {
        Caller who = caller.get();
        record(new AuditEntry(who.subject(), who.mainRole(), who.organization().orElse(null), action,
                subjectType, subjectId, fields));
    }
}
