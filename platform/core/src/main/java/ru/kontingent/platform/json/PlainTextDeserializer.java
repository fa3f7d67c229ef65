package ru.kontingent.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import ru.kontingent.platform.problem.FieldError;

import java.io.IOException;

/**
 * Every JSON string the system reads is plain text: no NUL (PostgreSQL cannot store it), no other
 * control character (terminal escapes, backspaces that hide what a name really says in a log or a
 * report). Tab, line feed and carriage return stay allowed. A bad value is a field error like any
 * other, listed with the rest.
 */
final class PlainTextDeserializer extends StdScalarDeserializer<String> {

    static final String MESSAGE = "must not contain control characters";

    PlainTextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = StringDeserializer.instance.deserialize(parser, context);
        if (value == null || isPlain(value)) {
            return value;
        }
        if (BadValues.collecting()) {
            BadValues.record(new FieldError(BadValueCollector.path(parser.getParsingContext()), MESSAGE));
            return null;
        }
        throw InvalidFormatException.from(parser, MESSAGE, value, String.class);
    }

    static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return false;
            }
        }
        return true;
    }
}
