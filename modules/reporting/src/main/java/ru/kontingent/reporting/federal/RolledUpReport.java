package ru.kontingent.reporting.federal;

import ru.kontingent.platform.module.ReportColumn;

import java.util.List;

/**
 * A report over all regions: {@code regions} are the regions' rows with the region code first;
 * {@code total} sums the count columns over regions for each combination of the dimensions
 * (measures cannot be summed and stay empty there). Suppressed cells are {@code null}.
 */
public record RolledUpReport(List<ReportColumn> columns, List<List<Object>> regions, List<List<Object>> total,
                             int threshold, int suppressedCells) {
}
