package ru.kontingent.registry.importing;

/** One reason a line was rejected: {@code {line, field, message}}. */
public record LineError(long line, String field, String message) {
}
