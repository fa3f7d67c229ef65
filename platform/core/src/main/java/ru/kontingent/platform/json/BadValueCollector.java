package ru.kontingent.platform.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import ru.kontingent.platform.problem.FieldError;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Turns a value Jackson cannot map into a recorded field error and a null, while collecting is on. */
final class BadValueCollector extends DeserializationProblemHandler {

    @Override
    public Object handleWeirdStringValue(DeserializationContext context, Class<?> targetType, String value, String failureMessage) {
        if (!BadValues.collecting()) {
            return NOT_HANDLED;
        }
        BadValues.record(new FieldError(path(context.getParser().getParsingContext()), expectation(targetType)));
        return null;
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext context, Class<?> targetType, Number value, String failureMessage) {
        if (!BadValues.collecting()) {
            return NOT_HANDLED;
        }
        BadValues.record(new FieldError(path(context.getParser().getParsingContext()), expectation(targetType)));
        return null;
    }

    private static String expectation(Class<?> type) {
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (type.getSimpleName().equals("LocalDate")) {
            return "must be an ISO-8601 date (2014-05-17)";
        }
        return "wrong type or format";
    }

    /** The JSON path of the value being read, in the notation of validation errors. */
    static String path(JsonStreamContext context) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            String part = c.inArray() ? "[" + c.getCurrentIndex() + "]" : c.getCurrentName();
            if (part != null) {
                parts.push(part);
            }
        }
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            if (!path.isEmpty() && !part.startsWith("[")) {
                path.append('.');
            }
            path.append(part);
        }
        return path.toString();
    }
}
