package ru.kontingent.platform.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.junit.jupiter.api.Test;
import ru.kontingent.platform.problem.FieldError;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JacksonConfigurationTest {

    record Person(String lastName, String address, LocalDate birthDate) {
    }

    private final ObjectMapper mapper = JacksonConfiguration.newMapper();

    @Test
    void plainTextIncludingTabsAndLineBreaksIsRead() throws Exception {
        Person person = mapper.readValue("{\"lastName\":\"Иванова-Петрова\",\"address\":\"ул. Садовая, 1\\nкв. 5\\t\"}", Person.class);
        assertEquals("Иванова-Петрова", person.lastName());
        assertEquals("ул. Садовая, 1\nкв. 5\t", person.address());
    }

    @Test
    void nulAndOtherControlCharactersAreRefused() {
        for (String bad : List.of("a\\u0000b", "a\\u0007b", "\\u001b[2J", "a\\bb", "a\\u007fb", "a\\u0085b")) {
            assertThrows(InvalidFormatException.class, () -> mapper.readValue("{\"lastName\":\"" + bad + "\"}", Person.class), bad);
        }
    }

    @Test
    void whileCollectingEveryBadStringIsListedByItsPath() throws Exception {
        BadValues.start();
        Person person = mapper.readValue("{\"lastName\":\"a\\u0000\",\"address\":\"b\\u0007\"}", Person.class);
        List<FieldError> errors = BadValues.drain();

        assertNull(person.lastName());
        assertEquals(List.of("lastName", "address"), errors.stream().map(FieldError::field).toList());
        assertTrue(errors.stream().allMatch(error -> error.message().equals(PlainTextDeserializer.MESSAGE)));
    }

    @Test
    void aDateIsAnIsoStringNeverANumber() throws Exception {
        assertEquals(LocalDate.of(2014, 5, 17), mapper.readValue("{\"birthDate\":\"2014-05-17\"}", Person.class).birthDate());
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"birthDate\":-2147483649}", Person.class));
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"birthDate\":16000}", Person.class));
    }
}
