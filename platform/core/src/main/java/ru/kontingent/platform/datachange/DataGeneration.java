package ru.kontingent.platform.datachange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The bound region's data generation: a counter every transaction that changes report-relevant
 * data raises by one, in the same commit (a deferred trigger on the module tables, see
 * {@code liquibase/platform/region.xml}). Read it BEFORE computing something from the data and
 * key the result with it: whatever the computation then reads is at least as new as that
 * generation, so a result found under the current generation is never stale. Being in the
 * database, it is the same for every node of a cluster.
 */
@ApplicationScoped
public class DataGeneration {

    @PersistenceContext(unitName = "kontingent")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public long current() {
        Number generation = (Number) em.createNativeQuery("select generation from data_generation where id = 1").getSingleResult();
        return generation.longValue();
    }
}
