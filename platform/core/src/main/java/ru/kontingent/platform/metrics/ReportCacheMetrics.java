package ru.kontingent.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.kontingent.platform.region.RegionCode;

/** Report results answered from the cache, or computed, per region. */
@ApplicationScoped
public class ReportCacheMetrics {

    static final String LOOKUPS = "kontingent.reports.cache.lookups";

    @Inject
    MeterRegistry registry;

    public void hit(RegionCode region) {
        registry.counter(LOOKUPS, "region", region.value(), "result", "hit").increment();
    }

    public void miss(RegionCode region) {
        registry.counter(LOOKUPS, "region", region.value(), "result", "miss").increment();
    }
}
