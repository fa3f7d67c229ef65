package ru.kontingent.portfolio.grade;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;
import java.util.Optional;

/**
 * A grade (отметка) as the API carries it: a JSON number 2..5, or the string {@code PASS} or
 * {@code FAIL} (зачёт / незачёт, for subjects assessed without marks). Nothing else is a grade:
 * not {@code "5"}, not {@code 4.5}, not {@code "A"}. Stored as its text ({@code 2}..{@code 5},
 * {@code PASS}, {@code FAIL}).
 */
@JsonDeserialize(using = Mark.Reader.class)
public final class Mark {

    public static final int LOWEST = 2;
    public static final int HIGHEST = 5;
    static final String EXPECTED = "must be 2, 3, 4 or 5 (a number), PASS or FAIL";

    public static final Mark PASS = new Mark("PASS");
    public static final Mark FAIL = new Mark("FAIL");

    private final String text;

    private Mark(String text) {
        this.text = text;
    }

    /** A mark 2..5; empty for any other number. */
    public static Optional<Mark> ofNumber(long value) {
        return value >= LOWEST && value <= HIGHEST ? Optional.of(new Mark(Long.toString(value))) : Optional.empty();
    }

    /** {@code PASS} or {@code FAIL}, exactly; empty otherwise. */
    public static Optional<Mark> ofWord(String word) {
        if (PASS.text.equals(word)) {
            return Optional.of(PASS);
        }
        if (FAIL.text.equals(word)) {
            return Optional.of(FAIL);
        }
        return Optional.empty();
    }

    /** A stored mark back from its text. */
    public static Mark ofStored(String stored) {
        return ofWord(stored).or(() -> numeric(stored).flatMap(Mark::ofNumber))
                .orElseThrow(() -> new IllegalArgumentException("not a stored mark"));
    }

    public boolean isNumeric() {
        return !this.equals(PASS) && !this.equals(FAIL);
    }

    /** What is stored in the database. */
    public String stored() {
        return text;
    }

    /** What the API shows: a number for 2..5, the word otherwise. */
    @JsonValue
    public Object json() {
        return isNumeric() ? Integer.valueOf(text) : text;
    }

    private static Optional<Long> numeric(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Mark mark && mark.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }

    /**
     * Reads a mark from JSON. A value of the wrong kind goes to the context's problem handlers, so
     * the platform's request reading lists it as a bad {@code grade} with every other bad field.
     */
    static final class Reader extends StdDeserializer<Mark> {

        Reader() {
            super(Mark.class);
        }

        @Override
        public Mark deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT) {
                Optional<Mark> mark = parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? Optional.empty() : ofNumber(parser.getLongValue());
                return mark.isPresent() ? mark.get()
                        : (Mark) context.handleWeirdNumberValue(Mark.class, parser.getNumberValue(), EXPECTED);
            }
            if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                return (Mark) context.handleWeirdNumberValue(Mark.class, parser.getNumberValue(), EXPECTED);
            }
            if (token == JsonToken.VALUE_STRING) {
                Optional<Mark> mark = ofWord(parser.getText());
                return mark.isPresent() ? mark.get()
                        : (Mark) context.handleWeirdStringValue(Mark.class, parser.getText(), EXPECTED);
            }
            return (Mark) context.handleUnexpectedToken(Mark.class, parser);
        }
    }
}
