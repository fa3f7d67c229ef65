package ru.kontingent.registry.importing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import ru.kontingent.platform.problem.FieldError;

import java.util.List;

/**
 * One line of the upload: its number in the file, and either its JSON text (NDJSON, parsed by the
 * decoder), the record read (CSV), or why it could not be read.
 */
record SourceLine(long line, ObjectNode record, String json, List<FieldError> errors) {

    static SourceLine read(long line, ObjectNode record) {
        return new SourceLine(line, record, null, List.of());
    }

    static SourceLine json(long line, String json) {
        return new SourceLine(line, null, json, List.of());
    }

    static SourceLine unreadable(long line, String field, String message) {
        return new SourceLine(line, null, null, List.of(new FieldError(field, message)));
    }
}
