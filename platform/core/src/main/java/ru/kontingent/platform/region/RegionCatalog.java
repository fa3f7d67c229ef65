package ru.kontingent.platform.region;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;

/**
 * Read side of the tenant catalog, consulted on every request, so cached in the Infinispan cache
 * {@code kontingent/regions}. Keys are region codes. Writers replace the entry after their commit
 * ({@link #publish}); a reader only fills an absent entry, so a slow reader holding an old row
 * cannot overwrite a newer published one.
 */
@ApplicationScoped
public class RegionCatalog {

    @Resource(lookup = "java:jboss/infinispan/cache/kontingent/regions")
    ConcurrentMap<String, RegionSnapshot> cache;

    @PersistenceContext(unitName = "catalog")
    EntityManager catalog;

    public Optional<RegionSnapshot> find(RegionCode code) {
        RegionSnapshot cached = cache.get(code.value());
        if (cached != null) {
            return Optional.of(cached);
        }
        Region region = catalog.find(Region.class, code.value());
        if (region == null) {
            return Optional.empty();
        }
        RegionSnapshot loaded = region.snapshot();
        RegionSnapshot raced = cache.putIfAbsent(code.value(), loaded);
        return Optional.of(raced != null ? raced : loaded);
    }

    public List<RegionSnapshot> all() {
        return catalog.createQuery("select r from Region r order by r.code", Region.class)
                .getResultStream().map(Region::snapshot).toList();
    }

    /**
     * The datasource holding a region, for the connection provider. Outside the caller's
     * transaction: on a cache miss the catalog is read from the primary server, which must not
     * join a transaction running on another server.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public String datasourceOf(RegionCode code) {
        return find(code).map(RegionSnapshot::datasource)
                .orElseThrow(() -> new IllegalStateException("region bound but not catalogued: " + code.value()));
    }

    /** Called after the transaction that changed the region committed. */
    void publish(RegionSnapshot region) {
        cache.put(region.code(), region);
    }

    /** Entries from a previous deployment hold classes of its class loader: start empty. */
    public void clear() {
        cache.clear();
    }
}
