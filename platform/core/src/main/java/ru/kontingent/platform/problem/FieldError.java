package ru.kontingent.platform.problem;

/** One bad field: its JSON path (e.g. {@code representatives[0].snils}) and what is wrong with it. */
public record FieldError(String field, String message) {
}
