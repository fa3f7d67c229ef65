package ru.kontingent.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import ru.kontingent.platform.bulk.CopyRows;
import ru.kontingent.platform.security.Caller;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The audit service modules call for every read or write of personal data. It joins the caller's
 * transaction (and refuses to run without one), so the event and the data it describes are
 * committed or rolled back together, in the same region schema.
 */
@ApplicationScoped
public class AuditLog {

    private static final String COLUMNS = "at, actor, role, organization, action, subject_type, subject_id, fields";
    private static final String INSERT = "insert into audit_event (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)";
    /**
     * Below this many events a batched prepared INSERT; from it on, COPY. A single event (every read
     * by id) costs one round trip with a statement the driver keeps prepared, where COPY costs two
     * and a fresh parse each time; COPY wins only once there are many rows to stream.
     */
    static final int COPY_FROM = 50;

    @PersistenceContext(unitName = "kontingent")
    EntityManager em;

    /** A client proxy: resolved only when an event is recorded for the current request's caller. */
    @Inject
    Caller caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditEntry entry) {
        write(List.of(entry));
    }

    /** Many events in one round trip (a batched INSERT, COPY from {@link #COPY_FROM} on): bulk work audits every student at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(List<AuditEntry> entries) {
        write(entries);
    }

    /** Records an access by the calling user of the current request. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, String subjectType, String subjectId, List<String> fields) {
        write(List.of(new AuditEntry(caller.subject(), caller.mainRole(), caller.organization().orElse(null), action,
                subjectType, subjectId, fields)));
    }

    // Private, so the calls above (already in the caller's transaction) pass one interceptor, not three.
    private void write(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now();
        if (entries.size() < COPY_FROM) {
            em.unwrap(Session.class).doWork(connection -> insert(connection, now, entries));
            return;
        }
        CopyRows rows = new CopyRows(8);
        for (AuditEntry entry : entries) {
            rows.add(now, entry.actor(), entry.role(), entry.organization(), entry.action().name(), entry.subjectType(),
                    entry.subjectId(), String.join(",", entry.fields()));
        }
        em.unwrap(Session.class).doWork(connection -> rows.copyInto(connection, "audit_event", COLUMNS));
    }

    private static void insert(Connection connection, OffsetDateTime now, List<AuditEntry> entries) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            for (AuditEntry entry : entries) {
                statement.setObject(1, now, Types.TIMESTAMP_WITH_TIMEZONE);
                statement.setString(2, entry.actor());
                statement.setString(3, entry.role());
                statement.setString(4, entry.organization());
                statement.setString(5, entry.action().name());
                statement.setString(6, entry.subjectType());
                statement.setString(7, entry.subjectId());
                statement.setString(8, String.join(",", entry.fields()));
                if (entries.size() == 1) {
                    statement.executeUpdate();
                    return;
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
