package ru.kontingent.registry.student;

import ru.kontingent.platform.problem.FieldError;

import java.util.List;

/** What an idempotent upsert did with one student. */
public record UpsertOutcome(Kind kind, Student student, List<FieldError> errors) {

    public enum Kind {
        CREATED,
        UPDATED,
        UNCHANGED,
        REJECTED
    }

    static UpsertOutcome rejected(FieldError error) {
        return new UpsertOutcome(Kind.REJECTED, null, List.of(error));
    }
}
