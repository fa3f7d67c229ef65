package ru.kontingent.registry.merge;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * A merge as the education ministry sees it: which record was kept, which merged, by whom and when,
 * whether it was undone, and how many records of each kind moved.
 */
public record MergeView(UUID id, UUID keptId, UUID duplicateId, String state, OffsetDateTime mergedAt, String mergedBy,
                        OffsetDateTime undoneAt, String undoneBy, Map<String, Integer> moved) {
}
