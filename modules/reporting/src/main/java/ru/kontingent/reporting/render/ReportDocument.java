package ru.kontingent.reporting.render;

import ru.kontingent.platform.module.ReportColumn;
import ru.kontingent.reporting.run.ReportResult;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON form of a report: what was asked, when it was computed, columns and rows. */
public record ReportDocument(String id, String title, String module, Map<String, Object> parameters,
                             OffsetDateTime generatedAt, List<ReportColumn> columns, List<List<Object>> rows) {

    public static ReportDocument of(ReportResult result) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("asOf", result.request().asOf());
        parameters.putAll(result.request().parameters());
        return new ReportDocument(result.report().id(), result.report().title(), result.report().module(), parameters,
                result.result().generatedAt(), result.result().table().columns(), result.result().table().rows());
    }
}
