package ru.kontingent.platform.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.kontingent.platform.audit.PlatformAudit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** Transactional writes to the tenant catalog. Each method is one transaction on schema {@code platform}. */
@ApplicationScoped
public class RegionStore {

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    @Inject
    PlatformAudit audit;

    @Transactional
    public RegionSnapshot insert(RegionCode code, String name, int stage, String datasource, String by, String schemaFingerprint) {
        if (em.find(Region.class, code.value()) != null) {
            throw new RegionExistsException(code);
        }
        Region region = new Region(code, name, stage, datasource, schemaFingerprint);
        em.persist(region);
        em.persist(new StageChange(code.value(), null, stage, by));
        audit.record(by, "platform", "region-onboard", code.value(), "stage " + stage + ", datasource " + datasource);
        em.flush();
        return region.snapshot();
    }

    @Transactional
    public RegionSnapshot changeStage(RegionCode code, int to, String by) {
        Region region = lock(code);
        int from = region.stage();
        if (!Stages.isOneStep(from, to)) {
            throw new StageJumpException(code, from, to);
        }
        region.moveToStage(to);
        em.persist(new StageChange(code.value(), from, to, by));
        return region.snapshot();
    }

    @Transactional
    public RegionSnapshot changeStatus(RegionCode code, RegionStatus status, String by, String role) {
        Region region = lock(code);
        region.changeStatus(status);
        audit.record(by, role, "region-status", code.value(), status.name());
        return region.snapshot();
    }

    @Transactional
    public void stampMigrated(RegionCode code, String fingerprint) {
        lock(code).migratedTo(fingerprint);
    }

    /** Regions whose schema was last migrated with another changelog set (each server has its own fingerprint). */
    @Transactional
    public List<RegionSnapshot> needingMigration(Function<String, String> fingerprintOfDatasource) {
        return em.createQuery("select r from Region r order by r.code", Region.class).getResultStream()
                .filter(r -> !Objects.equals(r.schemaFingerprint(), fingerprintOfDatasource.apply(r.snapshot().datasource())))
                .map(Region::snapshot).toList();
    }

    /** How many regions each database server holds, for placing a new one. */
    @Transactional
    public Map<String, Long> regionsPerDatasource() {
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("select r.datasource, count(r) from Region r group by r.datasource", Object[].class).getResultStream()
                .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    @Transactional
    public List<StageChangeView> history(RegionCode code) {
        if (em.find(Region.class, code.value()) == null) {
            throw new RegionNotFoundException();
        }
        return em.createQuery("select c from StageChange c where c.regionCode = :code order by c.changedAt, c.id", StageChange.class)
                .setParameter("code", code.value())
                .getResultStream().map(StageChange::view).toList();
    }

    public Optional<RegionSnapshot> find(RegionCode code) {
        return Optional.ofNullable(em.find(Region.class, code.value())).map(Region::snapshot);
    }

    private Region lock(RegionCode code) {
        Region region = em.find(Region.class, code.value(), LockModeType.PESSIMISTIC_WRITE);
        if (region == null) {
            throw new RegionNotFoundException();
        }
        return region;
    }
}
