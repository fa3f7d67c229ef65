package ru.kontingent.health.record;

import java.util.Map;

/**
 * A record as the caller may see it, with the version of the student's whole history (the ETag a
 * following PUT must name) and whether this call created the history.
 */
public record ShownRecord(Map<String, Object> view, long historyVersion, boolean first) {
}
