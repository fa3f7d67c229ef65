package ru.kontingent.platform.federal;

/** A student the federal index knows to be enrolled in a region: where its record is kept, nothing more. */
public record IndexedStudent(String regionCode, String studentId) {
}
