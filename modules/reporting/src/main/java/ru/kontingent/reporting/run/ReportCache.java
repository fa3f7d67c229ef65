package ru.kontingent.reporting.run;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;

import java.util.concurrent.ConcurrentMap;

/**
 * Report results in the Infinispan cache {@code kontingent/reports}. A key is region, report,
 * the region's data generation and the canonical parameters: any committed change of the region's
 * data raises the generation, so older entries are simply never asked for again (and age out by
 * the cache's size bound); nothing has to be invalidated, on this node or any other.
 */
@ApplicationScoped
public class ReportCache {

    @Resource(lookup = "java:jboss/infinispan/cache/kontingent/reports")
    ConcurrentMap<String, CachedReport> cache;

    /** The one key function of this cache: always region first. */
    static String key(String region, String reportId, long generation, String canonicalParameters) {
        return region + '|' + reportId + '|' + generation + '|' + canonicalParameters;
    }

    CachedReport get(String key) {
        return cache.get(key);
    }

    void put(String key, CachedReport report) {
        cache.put(key, report);
    }

    /** Entries of a previous deployment hold its classes: start empty. */
    void clearOnStart(@Observes Startup startup) {
        cache.clear();
    }
}
