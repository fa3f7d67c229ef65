package ru.kontingent.platform.student;

import java.util.UUID;

/**
 * One row a merge moved: its kind ({@code enrollments}, {@code healthRecords}, ...), its id, and
 * what the participant needs to put it back exactly (e.g. a renumbered version), or null.
 */
public record MovedRecord(String kind, UUID rowId, String previous) {

    public MovedRecord(String kind, UUID rowId) {
        this(kind, rowId, null);
    }
}
