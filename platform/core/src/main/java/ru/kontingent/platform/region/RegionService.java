package ru.kontingent.platform.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.kontingent.platform.datasource.Datasources;
import ru.kontingent.platform.datasource.LeastLoaded;
import ru.kontingent.platform.migration.SchemaMigrator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Onboarding and rollout of regions. The schema is created and migrated before the catalog row
 * exists, so a region is never visible half-built; the cache is refreshed only after the
 * catalog transaction committed, so every next request sees the change.
 */
@ApplicationScoped
public class RegionService {

    @Inject
    RegionStore store;

    @Inject
    RegionCatalog catalog;

    @Inject
    SchemaMigrator migrator;

    @Inject
    Datasources datasources;

    /** @param datasource the server to hold the region, or null for the least-loaded one */
    public RegionSnapshot onboard(RegionCode code, String name, int stage, String datasource, String by) {
        String server = datasource == null
                ? LeastLoaded.choose(datasources.names(), store.regionsPerDatasource())
                : datasources.requireKnown(datasource);
        if (store.find(code).isPresent()) {
            throw new RegionExistsException(code);
        }
        String fingerprint = migrator.migrateRegion(code, server);
        RegionSnapshot region = store.insert(code, name, stage, server, by, fingerprint);
        catalog.publish(region);
        return region;
    }

    public RegionSnapshot changeStage(RegionCode code, int stage, String by) {
        RegionSnapshot region = store.changeStage(code, stage, by);
        catalog.publish(region);
        return region;
    }

    public RegionSnapshot changeStatus(RegionCode code, RegionStatus status, String by, String role) {
        RegionSnapshot region = store.changeStatus(code, status, by, role);
        catalog.publish(region);
        return region;
    }

    /** Read from the catalog table, not the cache: for deciding after a failed insert. */
    public boolean exists(RegionCode code) {
        return store.find(code).isPresent();
    }

    public List<StageChangeView> history(RegionCode code) {
        return store.history(code);
    }

    /**
     * Brings every catalogued region's schema to the deployed version, one region at a time, each on its own server.
     * Regions stamped with the deployed changelogs' fingerprint are skipped: a start with many
     * up-to-date regions costs one catalog query, not one Liquibase run per region.
     */
    public int migrateAll() {
        Map<String, String> fingerprints = new HashMap<>();
        List<RegionSnapshot> outdated = store.needingMigration(server -> fingerprints.computeIfAbsent(server, migrator::regionFingerprint));
        for (RegionSnapshot region : outdated) {
            store.stampMigrated(region.regionCode(), migrator.migrateRegion(region.regionCode(), region.datasource()));
        }
        return outdated.size();
    }
}
