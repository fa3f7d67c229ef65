package ru.kontingent.platform.region;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.infinispan.Cache;
import org.infinispan.context.Flag;

import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Read side of the tenant catalog, consulted on every request, so cached in the Infinispan cache
 * {@code kontingent/regions}: an invalidation cache over the cluster's JGroups channel (a node
 * alone is a cluster of one). Keys are region codes.
 * <ul>
 * <li>A writer replaces the entry after its commit ({@link #publish}): a put, which removes the
 *     key on every other node before it returns, so the next request anywhere reads the new row.</li>
 * <li>A reader fills an absent entry with {@code putForExternalRead}: local only (filling must not
 *     invalidate the other nodes, or two busy nodes would keep emptying each other's entries), and
 *     never over an existing entry, so a slow reader cannot overwrite a newer published row.</li>
 * <li>One race stays: a reader that read the row before a writer committed and fills after the
 *     writer's invalidation reached it keeps the old row. Entries live one second
 *     ({@code configure-server.cli}), which bounds that, and a failed invalidation (a peer that died
 *     mid-call), to one second: at most one catalog read per region, node and second.</li>
 * </ul>
 */
@ApplicationScoped
public class RegionCatalog {

    private static final Logger LOG = Logger.getLogger(RegionCatalog.class.getName());

    @Resource(lookup = "java:jboss/infinispan/cache/kontingent/regions")
    Cache<String, RegionSnapshot> cache;

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
        cache.putForExternalRead(code.value(), loaded);
        return Optional.of(loaded);
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
        try {
            cache.put(region.code(), region);
        } catch (RuntimeException e) {
            // The change is committed; a peer that missed the invalidation drops its entry within the lifespan.
            LOG.log(Level.WARNING, "Region " + region.code() + " changed, but not every node confirmed the invalidation", e);
            cache.getAdvancedCache().withFlags(Flag.CACHE_MODE_LOCAL).put(region.code(), region);
        }
    }

    /** Entries from a previous deployment hold classes of its class loader: start empty. */
    public void clear() {
        cache.clear();
    }
}
