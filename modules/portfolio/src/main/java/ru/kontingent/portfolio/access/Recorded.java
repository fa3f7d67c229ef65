package ru.kontingent.portfolio.access;

import java.util.Map;
import java.util.UUID;

/**
 * A record as stored by a write: its id (for {@code Location}), its view for the caller, and
 * whether the call created it (201) or replaced an earlier one with the same key (200).
 */
public record Recorded(UUID id, Map<String, Object> body, boolean created) {
}
