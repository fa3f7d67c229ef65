package ru.kontingent.registry.importing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.kontingent.platform.json.JacksonConfiguration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The streaming fast path against the full path (JSON tree, mapping, Bean Validation): for good
 * lines it must build the very same inputs, and it must never accept a line the full path rejects.
 * Each case is a good line with one thing changed.
 */
class StreamingLineDecoderTest {

    private static final ObjectMapper MAPPER = JacksonConfiguration.newMapper();
    private static final String GOOD = """
            {"lastName": "Сёмин", "firstName": "Пётр", "middleName": "Ильич", "birthDate": "2013-03-04",
             "birthPlace": "г. Таганрог\\tул.\\\\1", "sex": "M", "snils": "112-233-445 95", "citizenship": "RU",
             "identityDocument": {"type": "BIRTH_CERTIFICATE", "series": "IV-АН", "number": "123456", "issuedBy": "ЗАГС",
               "issueDate": "2013-03-20"},
             "registrationAddress": "г. Таганрог", "residenceAddress": "г. Таганрог, ул. Петровская, 1",
             "representatives": [
               {"relation": "FATHER", "lastName": "Сёмин", "firstName": "Илья", "middleName": "Петрович", "birthDate": "1980-01-01",
                "snils": "112-233-445 95", "citizenship": "RU",
                "identityDocument": {"type": "PASSPORT", "series": "6005", "number": "654321", "issuedBy": "УФМС", "issueDate": "2005-02-02"}},
               {"relation": "MOTHER", "lastName": "Сёмина", "firstName": "Анна", "birthDate": "1982-05-06",
                "snils": "11223344595", "citizenship": "RU", "identityDocument": {"type": "FOREIGN_PASSPORT", "number": "X1"}}],
             "enrollment": {"organizationId": "fabec56b-44fb-44f7-a0bb-787169bc86b1", "program": "BASIC", "level": "PRIMARY_GENERAL",
               "grade": 2, "startDate": "2021-09-01", "orderNumber": "12-к"}}
            """.replace("\n", "");

    private static ValidatorFactory factory;
    private static LineDecoder decoder;
    private static StreamingLineDecoder streaming;

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        decoder = new LineDecoder(MAPPER, factory.usingContext().traversableResolver(new PlainInputTraversal()).getValidator());
        streaming = new StreamingLineDecoder(MAPPER);
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    @Test
    void aGoodLineIsReadByTheFastPathIntoTheSameInputsAsTheFullPath() {
        ImportedLine fast = streaming.decode(3, GOOD);
        assertNotNull(fast, "the fast path gave up on a good line");
        LineDecoder.Decoded full = decoder.decodeFully(SourceLine.json(3, GOOD));
        assertTrue(full.isAccepted(), full.errors().toString());
        assertEquals(full.line(), fast);
        assertEquals("г. Таганрог\tул.\\1", fast.student().birthPlace());
        assertEquals(2, fast.student().representatives().size());
    }

    @Test
    void aCsvRecordTakesTheFastPathToo() throws Exception {
        ObjectNode record = (ObjectNode) MAPPER.readTree(GOOD);
        record.remove("enrollment");
        ImportedLine fast = streaming.decode(4, record);
        assertNotNull(fast);
        assertEquals(decoder.decodeFully(SourceLine.read(4, record)).line(), fast);
        assertNull(fast.enrollment());
    }

    @Test
    void theFastPathNeverAcceptsWhatTheFullPathRejectsAndAcceptsOnlyTheSameInputs() {
        Map<String, String> cases = cases();
        int fastAccepted = 0;
        int fullAccepted = 0;
        for (Map.Entry<String, String> entry : cases.entrySet()) {
            String json = entry.getValue();
            ImportedLine fast = streaming.decode(9, json);
            LineDecoder.Decoded full = decoder.decodeFully(SourceLine.json(9, json));
            if (fast != null) {
                fastAccepted++;
                assertTrue(full.isAccepted(), entry.getKey() + ": the fast path accepted a line the full path rejects: " + full.errors());
                assertEquals(full.line(), fast, entry.getKey());
            }
            fullAccepted += full.isAccepted() ? 1 : 0;
            // Whatever path a line takes, what the import reports is the full path's answer.
            LineDecoder.Decoded decoded = decoder.decode(SourceLine.json(9, json));
            assertEquals(full.isAccepted(), decoded.isAccepted(), entry.getKey());
            assertEquals(full.errors(), decoded.errors(), entry.getKey());
        }
        // The cases are mostly bad lines: the comparison above has something to compare.
        assertTrue(cases.size() - fullAccepted > 60, "rejected cases: " + (cases.size() - fullAccepted));
        assertTrue(fastAccepted >= 5, "fast path accepted " + fastAccepted);
    }

    @Test
    void aLineTheFastPathIsUnsureOfGetsTheFullPathsExactErrors() {
        String json = GOOD.replace("\"sex\": \"M\"", "\"sex\": \"X\"").replace("\"2013-03-04\"", "\"2999-01-01\"");
        assertNull(streaming.decode(1, json));
        LineDecoder.Decoded decoded = decoder.decode(SourceLine.json(1, json));
        assertFalse(decoded.isAccepted());
        assertEquals(List.of("birthDate:must be in the past", "sex:must be one of M, F"),
                decoded.errors().stream().map(error -> error.field() + ":" + error.message()).sorted().toList());
        assertEquals(List.of("line:malformed JSON"), decoder.decode(SourceLine.json(2, "{\"lastName\": broken")).errors().stream()
                .map(error -> error.field() + ":" + error.message()).toList());
    }

    /** A good line with one change each, by name. */
    private static Map<String, String> cases() {
        Map<String, String> cases = new LinkedHashMap<>();
        List<String> studentFields = List.of("lastName", "firstName", "middleName", "birthDate", "birthPlace", "sex", "snils",
                "citizenship", "identityDocument", "registrationAddress", "residenceAddress", "representatives", "enrollment");
        List<Object> oddValues = new ArrayList<>(List.of("", "   ", 12, 1.5, true, "x".repeat(501), "Ива\u0000нова", "\u0007", " M"));
        for (String field : studentFields) {
            cases.put(field + " missing", edit(line -> line.remove(field)));
            cases.put(field + " null", edit(line -> line.putNull(field)));
            for (Object odd : oddValues) {
                cases.put(field + " = " + odd, edit(line -> line.set(field, MAPPER.valueToTree(odd))));
            }
            cases.put(field + " = {}", edit(line -> line.putObject(field)));
            cases.put(field + " = []", edit(line -> line.putArray(field)));
        }
        for (String field : List.of("type", "series", "number", "issuedBy", "issueDate")) {
            cases.put("identityDocument." + field + " null", edit(line -> ((ObjectNode) line.get("identityDocument")).putNull(field)));
            cases.put("identityDocument." + field + " = 7", edit(line -> ((ObjectNode) line.get("identityDocument")).put(field, 7)));
        }
        for (String field : List.of("organizationId", "program", "level", "grade", "startDate", "orderNumber")) {
            cases.put("enrollment." + field + " null", edit(line -> ((ObjectNode) line.get("enrollment")).putNull(field)));
            cases.put("enrollment." + field + " = \"\"", edit(line -> ((ObjectNode) line.get("enrollment")).put(field, "")));
        }
        for (String field : List.of("relation", "lastName", "birthDate", "snils", "citizenship", "identityDocument")) {
            cases.put("representatives[0]." + field + " null", edit(line -> representative(line).putNull(field)));
            cases.put("representatives[0]." + field + " = \"\"", edit(line -> representative(line).put(field, "")));
        }
        cases.put("birthDate in the future", edit(line -> line.put("birthDate", "2999-01-01")));
        cases.put("birthDate not a day", edit(line -> line.put("birthDate", "2014-02-30")));
        cases.put("birthDate padded", edit(line -> line.put("birthDate", " 2014-02-03 ")));
        cases.put("birthDate short", edit(line -> line.put("birthDate", "2014-2-3")));
        cases.put("birthDate with time", edit(line -> line.put("birthDate", "2014-02-03T00:00:00")));
        cases.put("sex lower case", edit(line -> line.put("sex", "m")));
        cases.put("sex as index", edit(line -> line.put("sex", 0)));
        cases.put("snils with a wrong check number", edit(line -> line.put("snils", "112-233-445 96")));
        cases.put("snils unformatted", edit(line -> line.put("snils", "11223344595")));
        cases.put("citizenship unknown", edit(line -> line.put("citizenship", "XX")));
        cases.put("citizenship stateless", edit(line -> line.put("citizenship", "STATELESS")));
        cases.put("birth certificate series in lower case", edit(line -> document(line).put("series", "iv-ан")));
        cases.put("birth certificate number of 5 digits", edit(line -> document(line).put("number", "12345")));
        cases.put("document issued in the future", edit(line -> document(line).put("issueDate", "2999-01-01")));
        cases.put("document unknown field", edit(line -> document(line).put("colour", "blue")));
        cases.put("a name of 100 characters", edit(line -> line.put("lastName", "Я".repeat(100))));
        cases.put("a name of 101 characters", edit(line -> line.put("lastName", "Я".repeat(101))));
        cases.put("a name with a line break", edit(line -> line.put("lastName", "Ива\nнова")));
        cases.put("a name with a C1 control", edit(line -> line.put("lastName", "Ива\u0085нова")));
        cases.put("no representatives", edit(line -> line.putArray("representatives")));
        cases.put("a null representative", edit(line -> ((ArrayNode) line.get("representatives")).addNull()));
        cases.put("five representatives", edit(line -> {
            ArrayNode list = (ArrayNode) line.get("representatives");
            for (int i = 0; i < 3; i++) {
                list.add(list.get(0).deepCopy());
            }
        }));
        cases.put("a representative as text", edit(line -> ((ArrayNode) line.get("representatives")).add("mother")));
        cases.put("a representative's unknown field", edit(line -> representative(line).put("phone", "+7")));
        cases.put("a foreign representative", edit(line -> representative(line).put("citizenship", "UA")));
        cases.put("no enrollment", edit(line -> line.remove("enrollment")));
        cases.put("organization as Base64", edit(line -> enrollment(line).put("organizationId", "+ruwVkT7T/Sgu4dxab2Gsw==")));
        cases.put("organization in capitals", edit(line -> enrollment(line).put("organizationId", "FABEC56B-44FB-44F7-A0BB-787169BC86B1")));
        cases.put("organization padded", edit(line -> enrollment(line).put("organizationId", " fabec56b-44fb-44f7-a0bb-787169bc86b1")));
        cases.put("organization too short", edit(line -> enrollment(line).put("organizationId", "fabec56b-44fb-44f7-a0bb-787169bc86b")));
        cases.put("grade as text", edit(line -> enrollment(line).put("grade", "2")));
        cases.put("grade as a fraction", edit(line -> enrollment(line).put("grade", 2.0)));
        cases.put("grade too large", edit(line -> enrollment(line).put("grade", 99_999_999_999L)));
        cases.put("no grade", edit(line -> enrollment(line).remove("grade")));
        cases.put("program in lower case", edit(line -> enrollment(line).put("program", "basic")));
        cases.put("enrollment unknown field", edit(line -> enrollment(line).put("note", "x")));
        cases.put("order number blank", edit(line -> enrollment(line).put("orderNumber", " ")));
        cases.put("an unknown field", edit(line -> line.put("nickname", "Петя")));
        cases.put("a repeated field", GOOD.replace("\"lastName\": \"Сёмин\",", "\"lastName\": \"Сёмин\", \"lastName\": \"Сёмина\","));
        cases.put("a repeated enrollment", GOOD.substring(0, GOOD.length() - 1) + ", \"enrollment\": null}");
        cases.put("trailing text", GOOD + " x");
        cases.put("two objects", GOOD + GOOD);
        cases.put("an array", "[" + GOOD + "]");
        cases.put("null", "null");
        cases.put("a number", "42");
        cases.put("broken", GOOD.substring(0, GOOD.length() / 2));
        cases.put("unchanged", GOOD);
        return cases;
    }

    private static String edit(Consumer<ObjectNode> change) {
        try {
            ObjectNode line = (ObjectNode) MAPPER.readTree(GOOD);
            change.accept(line);
            return MAPPER.writeValueAsString(line);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode document(ObjectNode line) {
        return (ObjectNode) line.get("identityDocument");
    }

    private static ObjectNode representative(ObjectNode line) {
        return (ObjectNode) line.get("representatives").get(0);
    }

    private static ObjectNode enrollment(ObjectNode line) {
        return (ObjectNode) line.get("enrollment");
    }
}
