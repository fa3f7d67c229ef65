package ru.kontingent.platform.federal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

/**
 * The federal index for regions on another database server: a statement in a transaction of its
 * own on the primary (the catalog's unit), the region's transaction suspended meanwhile, because
 * one transaction never spans two servers.
 */
@ApplicationScoped
public class FederalIndexOnPrimary {

    @PersistenceContext(unitName = "catalog")
    EntityManager catalog;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T run(ReturningWork<T> work) {
        return catalog.unwrap(Session.class).doReturningWork(work);
    }
}
