package ru.kontingent.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import ru.kontingent.platform.problem.FieldError;

import java.io.IOException;

/**
 * Every JSON string the system reads is plain text ({@link PlainText}). A bad value is a field
 * error like any other, listed with the rest.
 */
final class PlainTextDeserializer extends StdScalarDeserializer<String> {

    static final String MESSAGE = "must not contain control characters";

    PlainTextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = StringDeserializer.instance.deserialize(parser, context);
        if (value == null || PlainText.isPlain(value)) {
            return value;
        }
        if (BadValues.collecting()) {
            BadValues.record(new FieldError(BadValueCollector.path(parser.getParsingContext()), MESSAGE));
            return null;
        }
        throw InvalidFormatException.from(parser, MESSAGE, value, String.class);
    }
}
