package ru.kontingent.reporting.catalog;

import java.util.List;

/** One entry of {@code GET /api/reports}. */
public record ReportSummary(String id, String title, String module, List<String> parameters) {
}
