package ru.kontingent.registry.importing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import ru.kontingent.platform.problem.FieldError;

import java.util.List;

/** One line of the upload: its number in the file, and either the record read or why it could not be read. */
record SourceLine(long line, ObjectNode record, List<FieldError> errors) {

    static SourceLine read(long line, ObjectNode record) {
        return new SourceLine(line, record, List.of());
    }

    static SourceLine unreadable(long line, String field, String message) {
        return new SourceLine(line, null, List.of(new FieldError(field, message)));
    }
}
