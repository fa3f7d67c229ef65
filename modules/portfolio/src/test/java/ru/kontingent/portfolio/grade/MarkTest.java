package ru.kontingent.portfolio.grade;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.kontingent.platform.json.JacksonConfiguration;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A grade is a number 2..5, PASS or FAIL, read by the platform's own JSON mapping. */
class MarkTest {

    private static final ObjectMapper JSON = JacksonConfiguration.newMapper();

    record Body(Mark grade) {
    }

    private static Mark read(String grade) throws Exception {
        return JSON.readValue("{\"grade\": " + grade + "}", Body.class).grade();
    }

    @Test
    void numbersTwoToFiveAndTheTwoWords() throws Exception {
        for (int n = 2; n <= 5; n++) {
            Mark mark = read(Integer.toString(n));
            assertTrue(mark.isNumeric());
            assertEquals(Integer.toString(n), mark.stored());
            assertEquals("{\"grade\":" + n + "}", JSON.writeValueAsString(new Body(mark)));
        }
        assertEquals(Mark.PASS, read("\"PASS\""));
        assertEquals(Mark.FAIL, read("\"FAIL\""));
        assertFalse(Mark.PASS.isNumeric());
        assertEquals("{\"grade\":\"PASS\"}", JSON.writeValueAsString(new Body(Mark.PASS)));
    }

    @Test
    void absentOrNullIsNoGrade() throws Exception {
        assertNull(read("null"));
        assertNull(JSON.readValue("{}", Body.class).grade());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "6", "0", "-3", "100", "99999999999999999999999"})
    void otherNumbersAreRefusedNamingGrade(String number) {
        InvalidFormatException refused = assertThrows(InvalidFormatException.class, () -> read(number));
        assertEquals("grade", refused.getPath().get(0).getFieldName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"A\"", "\"5\"", "\"pass\"", "\"\"", "\"ЗАЧЁТ\"", "4.5", "5.0"})
    void otherTextsAndFractionsAreRefusedNamingGrade(String value) {
        InvalidFormatException refused = assertThrows(InvalidFormatException.class, () -> read(value));
        assertEquals("grade", refused.getPath().get(0).getFieldName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "[5]", "{\"value\": 5}"})
    void otherShapesAreRefusedNamingGrade(String value) {
        MismatchedInputException refused = assertThrows(MismatchedInputException.class, () -> read(value));
        assertInstanceOf(MismatchedInputException.class, refused);
        assertEquals("grade", refused.getPath().get(0).getFieldName());
    }

    @Test
    void storedTextComesBack() {
        assertEquals(Mark.ofNumber(4).orElseThrow(), Mark.ofStored("4"));
        assertEquals(Mark.PASS, Mark.ofStored("PASS"));
        assertThrows(IllegalArgumentException.class, () -> Mark.ofStored("7"));
        assertEquals(Optional.empty(), Mark.ofWord("Pass"));
    }
}
