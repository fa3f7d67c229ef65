package ru.kontingent.registry.importing;

import ru.kontingent.platform.cluster.ClusterMembers;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.kontingent.platform.metrics.ImportMetrics;
import ru.kontingent.platform.region.RegionCode;
import ru.kontingent.platform.tenancy.RegionBinding;
import ru.kontingent.registry.access.Actor;

import java.nio.charset.Charset;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs large imports in the server's managed executor, bound to the region of the request that
 * started them (one region per job, batches committed one by one), and keeps their progress.
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());

    @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
    ManagedExecutorService executor;

    @Inject
    ImportJobStore store;

    @Inject
    ImportRunner runner;

    @Inject
    ClusterMembers cluster;

    @Inject
    ImportMetrics metrics;

    UUID start(ImportSpool spool, ImportFormat format, Charset charset, Actor actor) {
        RegionCode region = RegionBinding.require();
        UUID jobId = UUID.randomUUID();
        store.create(new ImportJob(jobId, format, spool.lines(), actor.subject(), actor.organization(), cluster.self()));
        metrics.jobStarted(region);
        executor.submit(() -> RegionBinding.runIn(region, () -> run(region, jobId, spool, format, charset, actor)));
        return jobId;
    }

    private void run(RegionCode region, UUID jobId, ImportSpool spool, ImportFormat format, Charset charset, Actor actor) {
        try (spool) {
            long started = System.nanoTime();
            ImportOutcome outcome = runner.run(spool.file(), format, charset, actor,
                    (counts, errors) -> store.progress(jobId, counts, errors));
            store.finish(jobId, outcome.counts(), outcome.state(), outcome.stoppedAtLine());
            metrics.jobFinished(region, outcome.state());
            metrics.linesProcessed(region, outcome.counts().accepted(), outcome.counts().rejected(), outcome.counts().unchanged());
            long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
            LOG.info(String.format("Import job %s %s: %d lines in %d ms (%d lines/s), %d accepted, %d rejected, %d unchanged",
                    jobId, outcome.state(), outcome.counts().linesRead(), millis, outcome.counts().linesRead() * 1000 / millis,
                    outcome.counts().accepted(), outcome.counts().rejected(), outcome.counts().unchanged()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Import job " + jobId + " failed", e);
            metrics.jobFinished(region, ImportState.FAILED);
            try {
                store.finish(jobId, ImportCounts.NONE, ImportState.FAILED, null);
            } catch (RuntimeException ignored) {
                // The database itself is gone; the job stays RUNNING until someone looks.
            }
        }
    }
}
