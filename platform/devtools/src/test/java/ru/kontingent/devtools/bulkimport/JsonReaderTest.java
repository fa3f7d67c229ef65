package ru.kontingent.devtools.bulkimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReaderTest {

    @Test
    void readsTheShapesTheServerSends() {
        Object value = JsonReader.parse("""
                { "id": "a1", "state": "RUNNING", "linesRead": 520000, "ratio": 0.5e1,
                  "ok": true, "gone": false, "stoppedAtLine": null,
                  "errors": {"items": [{"line": 3, "field": "snils", "message": "\\"bad\\"\\n\\u0421НИЛС \\/"}],
                             "page": 0, "size": 20, "total": 1}, "empty": {}, "none": [] }
                """);

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("id", "a1");
        expected.put("state", "RUNNING");
        expected.put("linesRead", 520_000L);
        expected.put("ratio", 5.0);
        expected.put("ok", true);
        expected.put("gone", false);
        expected.put("stoppedAtLine", null);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("line", 3L);
        error.put("field", "snils");
        error.put("message", "\"bad\"\nСНИЛС /");
        Map<String, Object> errors = new LinkedHashMap<>();
        errors.put("items", List.of(error));
        errors.put("page", 0L);
        errors.put("size", 20L);
        errors.put("total", 1L);
        expected.put("errors", errors);
        expected.put("empty", Map.of());
        expected.put("none", List.of());
        assertEquals(expected, value);
        assertEquals(Arrays.asList(-1L, "x", null), JsonReader.parse("[-1,\"x\",null]"));
    }

    @Test
    void refusesWhatIsNotJson() {
        for (String text : List.of("", "<html>", "{\"a\":1", "{\"a\" 1}", "[1,]x", "{\"a\":1} trailing", "\"open",
                "nul", "{a:1}")) {
            assertThrows(IllegalArgumentException.class, () -> JsonReader.parse(text), text);
        }
    }
}
