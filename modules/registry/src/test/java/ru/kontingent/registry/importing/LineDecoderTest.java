package ru.kontingent.registry.importing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.kontingent.platform.json.JacksonConfiguration;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What reaches the database: a line with a NUL character never does (PostgreSQL text cannot hold it). */
class LineDecoderTest {

    private static final ObjectMapper MAPPER = JacksonConfiguration.newMapper();
    private static final String STUDENT = """
            {"lastName": "Сёмин", "firstName": "Пётр", "middleName": "Ильич", "birthDate": "2013-03-04",
             "birthPlace": "г. Таганрог\\tул.\\\\1\\r\\n", "sex": "M", "snils": "112-233-445 95", "citizenship": "RU",
             "identityDocument": {"type": "FOREIGN_BIRTH_CERTIFICATE", "number": "123456"},
             "registrationAddress": "г. Таганрог", "residenceAddress": "г. Таганрог",
             "representatives": [{"relation": "FATHER", "lastName": "Сёмин", "firstName": "Илья", "birthDate": "1980-01-01",
               "snils": "112-233-445 95", "citizenship": "RU", "identityDocument": {"type": "FOREIGN_PASSPORT", "number": "X1"}}]}
            """;

    private static ValidatorFactory factory;
    private static LineDecoder decoder;

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        decoder = new LineDecoder(MAPPER, factory.getValidator());
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    private static LineDecoder.Decoded decode(String json) throws Exception {
        return decoder.decode(SourceLine.read(7, (ObjectNode) MAPPER.readTree(json)));
    }

    @Test
    void tabsBackslashesAndLineBreaksAreData() throws Exception {
        LineDecoder.Decoded decoded = decode(STUDENT);
        assertTrue(decoded.isAccepted(), decoded.errors().toString());
        assertEquals("г. Таганрог\tул.\\1\r\n", decoded.line().student().birthPlace());
    }

    @Test
    void aNulCharacterAnywhereRejectsTheLineWithItsField /* the platform's plain-text rule, per field */() throws Exception {
        String json = STUDENT.replace("\"Пётр\"", "\"Пё\\u0000тр\"").replace("\"X1\"", "\"X\\u00001\"");
        LineDecoder.Decoded decoded = decode(json);
        assertFalse(decoded.isAccepted());
        assertEquals(List.of("firstName", "representatives[0].identityDocument.number"),
                decoded.errors().stream().map(error -> error.field()).sorted().toList());
    }
}
