package ru.kontingent.reporting.run;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.kontingent.platform.datachange.DataGeneration;
import ru.kontingent.platform.metrics.ReportCacheMetrics;
import ru.kontingent.platform.module.ReportDefinition;
import ru.kontingent.platform.module.ReportTable;
import ru.kontingent.platform.region.RegionCode;
import ru.kontingent.platform.tenancy.RegionBinding;

import java.time.OffsetDateTime;

/**
 * Runs a report for the bound region in a transaction of its own: reads the region's data
 * generation first, then answers from the cache or computes and stores. Reading the generation
 * before the data is what makes a cached result never older than its key says.
 */
@ApplicationScoped
public class ReportRunner {

    @Inject
    DataGeneration generation;

    @Inject
    ReportCache cache;

    @Inject
    ReportCacheMetrics metrics;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ReportResult run(ReportDefinition report, ReportParameters.Parsed parameters) {
        RegionCode region = RegionBinding.require();
        String key = ReportCache.key(region.value(), report.id(), generation.current(), parameters.canonical());
        CachedReport cached = cache.get(key);
        if (cached != null) {
            metrics.hit(region);
            return new ReportResult(report, parameters.request(), cached, true);
        }
        metrics.miss(region);
        CachedReport computed = new CachedReport(ReportTable.of(report.columns(), report.query().run(parameters.request())), OffsetDateTime.now());
        cache.put(key, computed);
        return new ReportResult(report, parameters.request(), computed, false);
    }
}
