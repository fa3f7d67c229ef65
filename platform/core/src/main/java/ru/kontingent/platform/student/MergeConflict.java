package ru.kontingent.platform.student;

/**
 * One reason two students' records cannot be combined: the kind of record ({@code enrollments},
 * {@code examResults}, ...) and a sentence naming the clash, without personal data beyond the keys.
 */
public record MergeConflict(String records, String reason) {
}
