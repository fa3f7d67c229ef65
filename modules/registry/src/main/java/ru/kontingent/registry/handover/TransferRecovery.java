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
 * migrated. One node per database, as the import recovery.
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
