package ru.kontingent.platform.federal;

/** A child the federal index links to a representative's SNILS: where its record is kept, nothing more. */
public record RepresentedChild(String regionCode, String studentId) {
}
