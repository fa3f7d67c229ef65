package ru.kontingent.reporting.run;

import ru.kontingent.platform.module.ReportTable;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A computed report as the cache keeps it: the table and when it was computed. */
public record CachedReport(ReportTable table, OffsetDateTime generatedAt) implements Serializable {
}
