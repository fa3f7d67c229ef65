package ru.kontingent.reporting.federal;

import ru.kontingent.platform.module.ReportTable;

/** One region's result of a report, the input of a roll-up. */
public record RegionTable(String region, ReportTable table) {
}
