package ru.kontingent.registry.handover;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start, handovers left ACCEPTED (the sending region's step committed, the receiving one not: a
 * failure or a crash in between) are completed, each step idempotent. Runs after the regions are
 * migrated. In a cluster it may run on two starting nodes at once, or beside an accept retried on
 * another node: a step finds its work done by the request's enrollment, and two steps racing each
 * other are kept to one by the receiving region's constraints (one student per SNILS, one active
 * basic enrollment per student); the loser is logged and the request completed by the winner.
 */
@ApplicationScoped
public class TransferRecovery {

    private static final Logger LOG = Logger.getLogger(TransferRecovery.class.getName());

    @Inject
    TransferHandshake handshake;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 610) Startup startup) {
        try {
            int completed = handshake.completeAccepted();
            if (completed > 0) {
                LOG.info(completed + " accepted transfer request(s) completed at start");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not complete the accepted transfer requests at start", e);
        }
    }
}
