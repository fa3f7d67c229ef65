package ru.kontingent.registry.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Validator;
import ru.kontingent.platform.json.BadValues;
import ru.kontingent.platform.problem.FieldError;
import ru.kontingent.platform.problem.JsonPaths;
import ru.kontingent.platform.problem.ViolationPaths;
import ru.kontingent.registry.enrollment.EnrollmentInput;
import ru.kontingent.registry.student.StudentInput;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a line into the same validated inputs the single-student endpoints take: the same rules,
 * the same messages, every bad field of the line listed. A good line takes the streaming fast path
 * ({@link StreamingLineDecoder}); any line it is unsure of takes the full path here: a JSON tree,
 * the JSON mapping and Bean Validation, exactly as the endpoints read a body.
 */
final class LineDecoder {

    private final ObjectMapper mapper;
    private final Validator validator;
    private final StreamingLineDecoder streaming;

    LineDecoder(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
        this.streaming = new StreamingLineDecoder(mapper);
    }

    /** @return the decoded line, or the errors that reject it */
    Decoded decode(SourceLine source) {
        if (!source.errors().isEmpty()) {
            return Decoded.rejected(source.errors());
        }
        ImportedLine fast = source.json() != null ? streaming.decode(source.line(), source.json())
                : streaming.decode(source.line(), source.record());
        if (fast != null) {
            return Decoded.accepted(fast);
        }
        return decodeFully(source);
    }

    /** The full path alone (what {@link #decode} falls back to). */
    Decoded decodeFully(SourceLine source) {
        if (!source.errors().isEmpty()) {
            return Decoded.rejected(source.errors());
        }
        ObjectNode record;
        if (source.json() != null) {
            try {
                JsonNode node = mapper.readTree(source.json());
                if (!(node instanceof ObjectNode object)) {
                    return Decoded.rejected(List.of(new FieldError("line", "not a JSON object")));
                }
                record = object;
            } catch (JsonProcessingException e) {
                return Decoded.rejected(List.of(new FieldError("line", "malformed JSON")));
            }
        } else {
            record = source.record().deepCopy();
        }
        List<FieldError> errors = new ArrayList<>();
        JsonNode enrollmentNode = record.remove("enrollment");
        StudentInput student = read(record, StudentInput.class, "", errors);
        EnrollmentInput enrollment = enrollmentNode == null || enrollmentNode.isNull()
                ? null : read(enrollmentNode, EnrollmentInput.class, "enrollment.", errors);
        java.util.Set<String> badFields = new java.util.HashSet<>();
        errors.forEach(error -> badFields.add(error.field()));
        if (student != null) {
            ViolationPaths.errors(validator.validate(student), "").stream()
                    .filter(error -> !badFields.contains(error.field())).forEach(errors::add);
        }
        if (enrollment != null) {
            ViolationPaths.errors(validator.validate(enrollment), "enrollment.").stream()
                    .filter(error -> !badFields.contains(error.field())).forEach(errors::add);
        }
        if (!errors.isEmpty()) {
            return Decoded.rejected(errors);
        }
        return Decoded.accepted(ImportedLine.of(source.line(), student, enrollment));
    }


    /** Reads leniently: values that do not map are collected as field errors (and read as null). */
    private <T> T read(JsonNode node, Class<T> type, String prefix, List<FieldError> errors) {
        BadValues.start();
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonMappingException e) {
            String field = JsonPaths.of(e);
            errors.add(new FieldError(prefix + (field.isEmpty() ? "line" : field), e.getClass().getSimpleName().startsWith("Unrecognized")
                    ? "unknown field" : "wrong type or format"));
            return null;
        } catch (JsonProcessingException e) {
            errors.add(new FieldError(prefix.isEmpty() ? "line" : prefix.substring(0, prefix.length() - 1), "malformed"));
            return null;
        } finally {
            BadValues.drain().forEach(bad -> errors.add(new FieldError(prefix + bad.field(), bad.message())));
        }
    }

    record Decoded(ImportedLine line, List<FieldError> errors) {
        static Decoded accepted(ImportedLine line) {
            return new Decoded(line, List.of());
        }

        static Decoded rejected(List<FieldError> errors) {
            return new Decoded(null, errors);
        }

        boolean isAccepted() {
            return line != null;
        }
    }
}
