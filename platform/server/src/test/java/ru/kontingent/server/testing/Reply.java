package ru.kontingent.server.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One HTTP answer, with the assertions every test makes about problems. */
public record Reply(int status, HttpHeaders headers, String body) {

    public JsonNode json() {
        try {
            return Api.JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("Not JSON (status " + status + "): " + body, e);
        }
    }

    public String contentType() {
        return headers.firstValue("Content-Type").orElse("");
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** Asserts a problem+json answer with this status whose type ends with the slug. */
    public Reply assertProblem(int expectedStatus, String typeSlug) {
        assertEquals(expectedStatus, status, () -> "status; body: " + body);
        assertTrue(contentType().startsWith("application/problem+json"), () -> "content type " + contentType() + "; body: " + body);
        JsonNode problem = json();
        assertEquals(expectedStatus, problem.path("status").asInt(), "problem status");
        assertTrue(problem.path("type").asText().endsWith("/" + typeSlug), () -> "problem type " + problem.path("type").asText());
        assertTrue(!problem.path("title").asText().isEmpty(), "problem title");
        assertTrue(!body.contains("Exception") && !body.contains("\tat "), () -> "no exception text may leave the server: " + body);
        return this;
    }

    public Reply assertStatus(int expectedStatus) {
        assertEquals(expectedStatus, status, () -> "status; body: " + body);
        return this;
    }

    /** Asserts a 400 validation problem whose errors name exactly these fields, in any order. */
    public Reply assertInvalid(String... fields) {
        assertProblem(400, "validation");
        assertEquals(Arrays.stream(fields).sorted().toList(), errorFields().stream().sorted().toList(), () -> "error fields; body: " + body);
        return this;
    }

    public List<String> errorFields() {
        List<String> fields = new ArrayList<>();
        json().path("errors").forEach(error -> fields.add(error.path("field").asText()));
        return fields;
    }
}
