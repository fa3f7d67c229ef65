package ru.kontingent.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.kontingent.platform.region.RegionCode;

import java.util.Locale;

/**
 * Bulk imports per region: background jobs started and finished (by how they ended) and lines
 * processed by outcome, for immediate imports and jobs alike.
 */
@ApplicationScoped
public class ImportMetrics {

    static final String JOBS_STARTED = "kontingent.import.jobs.started";
    static final String JOBS_FINISHED = "kontingent.import.jobs.finished";
    static final String LINES = "kontingent.import.lines";

    @Inject
    MeterRegistry registry;

    public void jobStarted(RegionCode region) {
        registry.counter(JOBS_STARTED, "region", region.value()).increment();
    }

    /** @param state how the job ended: the name of a constant of the importer's state enum */
    public void jobFinished(RegionCode region, Enum<?> state) {
        registry.counter(JOBS_FINISHED, "region", region.value(), "state", state.name().toLowerCase(Locale.ROOT)).increment();
    }

    public void linesProcessed(RegionCode region, long accepted, long rejected, long unchanged) {
        lines(region, "accepted", accepted);
        lines(region, "rejected", rejected);
        lines(region, "unchanged", unchanged);
    }

    private void lines(RegionCode region, String outcome, long count) {
        // Registered even at 0, so every outcome's series exists from the region's first import.
        registry.counter(LINES, "region", region.value(), "outcome", outcome).increment(count);
    }
}
