package ru.kontingent.registry.importing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ru.kontingent.platform.json.PlainText;
import ru.kontingent.registry.enrollment.EnrollmentInput;
import ru.kontingent.registry.student.StudentInput;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The import's fast path for good lines: reads a line's JSON token by token straight into the
 * input records and checks them against their own constraints ({@link InputShape}), without a
 * JSON tree, data binding or the Bean Validation engine (together most of an import's CPU in the
 * server). It accepts only what it is sure of: anything unusual (an unknown or repeated field, a
 * value of another JSON type or in a form the JSON mapping would read leniently, text that is not
 * plain, a broken constraint) gives up, and {@link LineDecoder}'s full path decides the line and
 * words its errors exactly as the single-student endpoints do.
 */
final class StreamingLineDecoder {

    private static final InputShape<StudentInput> STUDENT = InputShape.of(StudentInput.class);
    private static final InputShape<EnrollmentInput> ENROLLMENT = InputShape.of(EnrollmentInput.class);
    /** The one field of an import line that is not the student's (API.md). */
    private static final String ENROLLMENT_FIELD = "enrollment";

    /** Gives up on a line: control flow, not a failure, so it carries no stack trace. */
    private static final class Unsure extends Exception {
        Unsure() {
            super(null, null, false, false);
        }
    }

    private static final Unsure UNSURE = new Unsure();

    private final ObjectMapper mapper;

    StreamingLineDecoder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** @return the line's inputs, or null when the full path must decide */
    ImportedLine decode(long line, String json) {
        try (JsonParser parser = mapper.createParser(json)) {
            return decode(line, parser);
        } catch (IOException | Unsure e) {
            return null;
        }
    }

    /** The same for a record a CSV row was turned into. */
    ImportedLine decode(long line, ObjectNode record) {
        try (JsonParser parser = record.traverse(mapper)) {
            return decode(line, parser);
        } catch (IOException | Unsure e) {
            return null;
        }
    }

    private static ImportedLine decode(long line, JsonParser parser) throws IOException, Unsure {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw UNSURE;
        }
        Object[] values = new Object[STUDENT.size()];
        long seen = 0;
        boolean enrollmentSeen = false;
        EnrollmentInput enrollment = null;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (ENROLLMENT_FIELD.equals(name)) {
                if (enrollmentSeen) {
                    throw UNSURE;
                }
                enrollmentSeen = true;
                enrollment = parser.currentToken() == JsonToken.VALUE_NULL ? null : readRecord(ENROLLMENT, parser);
                continue;
            }
            seen = readField(STUDENT, name, values, seen, parser);
        }
        if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
            throw UNSURE;
        }
        return ImportedLine.of(line, built(STUDENT, values), enrollment);
    }

    private static <T extends Record> T readRecord(InputShape<T> shape, JsonParser parser) throws IOException, Unsure {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw UNSURE;
        }
        Object[] values = new Object[shape.size()];
        long seen = 0;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            seen = readField(shape, name, values, seen, parser);
        }
        if (token != JsonToken.END_OBJECT) {
            throw UNSURE;
        }
        return built(shape, values);
    }

    /** @return the fields seen so far, this one added */
    private static long readField(InputShape<?> shape, String name, Object[] values, long seen, JsonParser parser) throws IOException, Unsure {
        int position = shape.position(name);
        if (position < 0 || (seen & (1L << position)) != 0) {
            throw UNSURE;
        }
        values[position] = readValue(shape.component(position), parser);
        return seen | (1L << position);
    }

    private static <T extends Record> T built(InputShape<T> shape, Object[] values) throws Unsure {
        T built = shape.buildIfValid(values);
        if (built == null) {
            throw UNSURE;
        }
        return built;
    }

    private static Object readValue(InputShape.Component component, JsonParser parser) throws IOException, Unsure {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        return switch (component.kind) {
            case STRING -> plain(text(parser));
            case DATE -> date(text(parser));
            case ENUM -> known(component.enumConstants.get(text(parser)));
            case UUID -> uuid(text(parser));
            case INTEGER -> {
                if (token != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT) {
                    throw UNSURE;
                }
                yield parser.getIntValue();
            }
            case RECORD -> readRecord(component.nested, parser);
            case RECORD_LIST -> readList(component.nested, parser);
        };
    }

    private static List<Object> readList(InputShape<?> element, JsonParser parser) throws IOException, Unsure {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw UNSURE;
        }
        List<Object> list = new ArrayList<>(2);
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.START_OBJECT) {
                throw UNSURE;
            }
            list.add(readRecord(element, parser));
        }
        return list;
    }

    private static String text(JsonParser parser) throws IOException, Unsure {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw UNSURE;
        }
        return parser.getText();
    }

    private static String plain(String text) throws Unsure {
        if (!PlainText.isPlain(text)) {
            throw UNSURE;
        }
        return text;
    }

    private static Object known(Object constant) throws Unsure {
        if (constant == null) {
            throw UNSURE;
        }
        return constant;
    }

    /** Only the plain form {@code yyyy-mm-dd}: the JSON mapping also trims, which is left to it. */
    private static LocalDate date(String text) throws Unsure {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-'
                || !digits(text, 0, 4) || !digits(text, 5, 7) || !digits(text, 8, 10)) {
            throw UNSURE;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw UNSURE;
        }
    }

    /** Only the canonical 36-character form: the JSON mapping also reads Base64 and trims. */
    private static UUID uuid(String text) throws Unsure {
        if (text.length() != 36) {
            throw UNSURE;
        }
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            boolean ok = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-'
                    : (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!ok) {
                throw UNSURE;
            }
        }
        return UUID.fromString(text);
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
