package ru.kontingent.devtools.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The writers' escaping, on values the generator itself never makes. */
class StudentWritersTest {

    private static final IdentityDocumentRecord DOCUMENT = new IdentityDocumentRecord("OTHER", null, "12\\34",
            "ОВМ \"Центральный\"; г. Шахты", LocalDate.of(2020, 1, 2));

    private static StudentRecord awkward(EnrollmentRecord enrollment) {
        return new StudentRecord("Д'Артаньян", "Анна-Мария", null, LocalDate.of(2015, 5, 17),
                "г. Ростов-на-Дону", "F", "112-233-445 95", "RU", DOCUMENT,
                "улица \"Садовая\";\nдом 1\tкв. 2", "ctrl \u0001 end", List.of(), enrollment, List.of());
    }

    @Test
    void ndjsonEscapesWhatJsonRequires() throws Exception {
        StringWriter out = new StringWriter();
        new NdjsonStudentWriter(out).write(awkward(null));

        String line = out.toString();
        assertEquals(1, line.split("\n", -1).length - 1, "exactly one line break, at the end");
        JsonNode json = new ObjectMapper().readTree(line);
        assertEquals("улица \"Садовая\";\nдом 1\tкв. 2", json.get("registrationAddress").asText());
        assertEquals("ctrl \u0001 end", json.get("residenceAddress").asText());
        assertEquals("12\\34", json.get("identityDocument").get("number").asText());
        assertEquals(true, json.get("middleName").isNull());
        assertEquals(true, json.get("identityDocument").get("series").isNull());
        assertEquals(0, json.get("representatives").size());
        assertEquals(false, json.has("enrollment"));
    }

    @Test
    void csvQuotesOnlyCellsThatNeedIt() throws Exception {
        StringWriter out = new StringWriter();
        EnrollmentRecord enrollment = new EnrollmentRecord(UUID.fromString("7f3c1a52-8d0e-4b7a-9c1e-2f5d6a7b8c9d"),
                "BASIC", "PRIMARY_GENERAL", 3, LocalDate.of(2025, 9, 1), "12-уч");
        new CsvStudentWriter(out).write(awkward(enrollment));

        List<String> cells = CsvRows.parse(out.toString()).get(0);
        assertEquals(CsvStudentWriter.COLUMNS, cells.size());
        assertEquals("Д'Артаньян", cells.get(0));
        assertEquals("", cells.get(2), "absent middle name is an empty cell");
        assertEquals("ОВМ \"Центральный\"; г. Шахты", cells.get(11));
        assertEquals("улица \"Садовая\";\nдом 1\tкв. 2", cells.get(13));
        assertEquals("", cells.get(15), "no first representative");
        assertEquals("3", cells.get(42));
        assertEquals("12-уч", cells.get(44));
        String text = out.toString();
        assertEquals(true, text.contains(";\"ОВМ \"\"Центральный\"\"; г. Шахты\";"), text);
        assertEquals(true, text.startsWith("Д'Артаньян;Анна-Мария;;2015-05-17;"), text);
    }
}
