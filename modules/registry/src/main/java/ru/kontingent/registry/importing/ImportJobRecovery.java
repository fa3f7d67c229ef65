package ru.kontingent.registry.importing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import ru.kontingent.platform.cluster.ClusterMembers;
import ru.kontingent.platform.region.RegionCatalog;
import ru.kontingent.platform.region.RegionSnapshot;
import ru.kontingent.platform.tenancy.RegionBinding;

import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start, jobs left RUNNING by a server that stopped under them (kill -9, power loss) are marked
 * INTERRUPTED, so that their status tells the truth and the client knows to resend the file
 * (idempotent by SNILS, so a resend completes without duplicates). Runs after the platform's
 * bootstrap has migrated the regions, one region and one transaction at a time. In a cluster a
 * job names the node running it: this node ends its own earlier jobs and those of nodes that left
 * the cluster, never a job a live peer is running.
 */
@ApplicationScoped
public class ImportJobRecovery {

    private static final Logger LOG = Logger.getLogger(ImportJobRecovery.class.getName());

    @Inject
    RegionCatalog regions;

    @Inject
    ImportJobStore store;

    @Inject
    ClusterMembers cluster;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) Startup startup) {
        int interrupted = 0;
        String self = cluster.self();
        Set<String> alive = cluster.alive();
        for (RegionSnapshot region : regions.all()) {
            try {
                interrupted += RegionBinding.callIn(region.regionCode(), () -> store.interruptOrphans(self, alive));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not check the import jobs of region " + region.code(), e);
            }
        }
        if (interrupted > 0) {
            LOG.warning(interrupted + " import job(s) left running by a stopped server marked INTERRUPTED; resend their files to finish");
        }
    }
}
