package ru.kontingent.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Journal of catalog-level actions (who suspended or reactivated which region, when). */
@ApplicationScoped
public class PlatformAudit {

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    @Transactional
    public void record(String actor, String role, String action, String regionCode, String detail) {
        em.persist(new PlatformAuditEvent(actor, role, action, regionCode, detail));
    }
}
