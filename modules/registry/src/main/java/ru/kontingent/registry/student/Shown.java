package ru.kontingent.registry.student;

import java.util.Map;

/** A student as shown to this caller (restricted to its fields), with the version for the ETag. */
public record Shown(Map<String, Object> body, long version) {
}
