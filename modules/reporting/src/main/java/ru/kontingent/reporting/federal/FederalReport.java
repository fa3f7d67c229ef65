package ru.kontingent.reporting.federal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The body of {@code GET /api/platform/reports/{reportId}}: aggregates only. */
public record FederalReport(String id, String title, String module, LocalDate asOf, Map<String, Object> parameters,
                            List<String> regionsIncluded, RolledUpReport report) {
}
