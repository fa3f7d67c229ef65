package ru.kontingent.reporting.catalog;

import ru.kontingent.platform.module.ReportDefinition;
import ru.kontingent.platform.module.ReportParameter;

import java.util.List;

/** One entry of {@code GET /api/reports} and {@code GET /api/platform/reports}. */
public record ReportSummary(String id, String title, String module, List<String> parameters) {

    public static ReportSummary of(ReportDefinition report) {
        return new ReportSummary(report.id(), report.title(), report.module(),
                report.parameters().stream().map(ReportParameter::name).toList());
    }
}
