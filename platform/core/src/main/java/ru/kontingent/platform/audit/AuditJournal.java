package ru.kontingent.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

/** Reads the bound region's journal, newest first, filtered and paged. */
@ApplicationScoped
public class AuditJournal {

    @PersistenceContext(unitName = "kontingent")
    EntityManager em;

    @Transactional
    public AuditPage find(String subjectId, String actor, OffsetDateTime from, OffsetDateTime to, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (actor != null) {
            where.append(" and e.actor = :actor");
            parameters.put("actor", actor);
        }
        if (subjectId != null) {
            where.append(" and e.subjectId = :subject");
            parameters.put("subject", subjectId);
        }
        if (from != null) {
            where.append(" and e.at >= :from");
            parameters.put("from", from);
        }
        if (to != null) {
            where.append(" and e.at < :to");
            parameters.put("to", to);
        }
        TypedQuery<AuditEvent> query = em.createQuery("select e from AuditEvent e" + where + " order by e.at desc, e.id desc", AuditEvent.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEvent e" + where, Long.class);
        parameters.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        var items = query.setFirstResult(page * size).setMaxResults(size).getResultStream().map(AuditEvent::view).toList();
        return new AuditPage(items, page, size, count.getSingleResult());
    }
}
