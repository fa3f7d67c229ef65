package ru.kontingent.platform.audit;

import java.util.List;

/** One page of the journal. */
public record AuditPage(List<AuditEventView> items, int page, int size, long total) {
}
