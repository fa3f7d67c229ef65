package ru.kontingent.registry.student;

/** A representative as a bulk import compares and writes it; its position is its place in the student's list. */
public record RepresentativeContent(String relation, PersonContent person) {
}
