package ru.kontingent.platform.federal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

import java.util.ArrayList;
import java.util.List;

/**
 * The federal index for regions on another database server: statements in a transaction of their
 * own on the primary (the catalog's unit), the region's transaction suspended meanwhile, because
 * one transaction never spans two servers. Queries run at once; changes wait for the region's
 * transaction to reach its commit ({@link #beforeCommit}).
 */
@ApplicationScoped
public class FederalIndexOnPrimary {

    /** The changes queued in the current transaction, under this key of its registry. */
    private static final Object QUEUE = FederalIndexOnPrimary.class.getName() + ".queue";

    @PersistenceContext(unitName = "catalog")
    EntityManager catalog;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** Itself through its proxy, so that the queued changes run in a transaction of their own. */
    @Inject
    FederalIndexOnPrimary self;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T run(ReturningWork<T> work) {
        return catalog.unwrap(Session.class).doReturningWork(work);
    }

    /**
     * Queues an index change of the current (region) transaction: all of them run in order, in one
     * transaction on the primary, when the region's transaction is about to commit, and never if it
     * rolls back first. An index failure then rolls the region's transaction back too.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void beforeCommit(ReturningWork<?> work) {
        @SuppressWarnings("unchecked")
        List<ReturningWork<?>> queue = (List<ReturningWork<?>>) transaction.getResource(QUEUE);
        if (queue == null) {
            List<ReturningWork<?>> changes = new ArrayList<>();
            transaction.putResource(QUEUE, changes);
            transaction.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    if (transaction.getTransactionStatus() == Status.STATUS_ACTIVE) {
                        self.runAll(changes);
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    // Nothing to undo: the changes ran only if the region's transaction reached its commit.
                }
            });
            queue = changes;
        }
        queue.add(work);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void runAll(List<ReturningWork<?>> changes) {
        Session session = catalog.unwrap(Session.class);
        for (ReturningWork<?> change : changes) {
            session.doReturningWork(change);
        }
    }
}
