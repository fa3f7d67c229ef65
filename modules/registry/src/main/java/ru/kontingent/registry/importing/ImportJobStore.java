package ru.kontingent.registry.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.kontingent.platform.view.NotFoundProblem;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Job rows and their rejected lines; each call its own transaction, so progress is visible at once. */
@ApplicationScoped
public class ImportJobStore {

    @PersistenceContext(unitName = "kontingent")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void create(ImportJob job) {
        em.persist(job);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void progress(UUID jobId, ImportCounts counts, List<LineError> newErrors) {
        em.find(ImportJob.class, jobId).progress(counts);
        for (LineError error : newErrors) {
            em.persist(new ImportErrorRow(jobId, error));
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void finish(UUID jobId, ImportCounts counts, ImportState state, Long stoppedAtLine) {
        ImportJob job = em.find(ImportJob.class, jobId);
        job.progress(counts);
        job.finish(state, stoppedAtLine);
    }

    /**
     * Jobs of the bound region whose runner is gone: those of this node (it just started, so its
     * earlier life is over), of nodes no longer in the cluster, and of a single-node server before
     * jobs named their node. A job of a live peer keeps running there.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    int interruptOrphans(String self, Set<String> alive) {
        List<ImportJob> orphans = em.createQuery("select j from ImportJob j where j.state = :running"
                        + " and (j.node is null or j.node = :self or j.node not in :alive)", ImportJob.class)
                .setParameter("running", ImportState.RUNNING)
                .setParameter("self", self)
                .setParameter("alive", alive)
                .getResultList();
        orphans.forEach(ImportJob::interrupt);
        return orphans.size();
    }

    @Transactional
    ImportJob find(UUID jobId) {
        ImportJob job = em.find(ImportJob.class, jobId);
        if (job == null) {
            throw new NotFoundProblem("import job");
        }
        return job;
    }

    @Transactional
    ErrorPage errors(UUID jobId, int page, int size) {
        List<LineError> items = em.createQuery("select e from ImportErrorRow e where e.jobId = :job order by e.line, e.id", ImportErrorRow.class)
                .setParameter("job", jobId).setFirstResult(page * size).setMaxResults(size)
                .getResultStream().map(ImportErrorRow::error).toList();
        long total = em.createQuery("select count(e) from ImportErrorRow e where e.jobId = :job", Long.class)
                .setParameter("job", jobId).getSingleResult();
        return new ErrorPage(items, page, size, total);
    }
}
