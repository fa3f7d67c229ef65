package ru.kontingent.reporting.run;

import ru.kontingent.platform.module.ReportDefinition;
import ru.kontingent.platform.module.ReportRequest;

/** A report as run for one region: what was asked, the (possibly cached) result, and whether it was a hit. */
public record ReportResult(ReportDefinition report, ReportRequest request, CachedReport result, boolean cached) {
}
