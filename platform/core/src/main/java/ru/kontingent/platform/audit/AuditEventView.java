package ru.kontingent.platform.audit;

import java.time.OffsetDateTime;
import java.util.List;

/** One line of the region's journal as {@code GET /api/audit} shows it. */
public record AuditEventView(Long id, OffsetDateTime at, String actor, String role, String organization,
                             String action, String subjectType, String subjectId, List<String> fields) {
}
