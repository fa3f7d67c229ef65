package ru.kontingent.server.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/** One named check of a MicroProfile Health answer ({@code /health/ready}: {@code {"status", "checks": [...]}}). */
public final class ReadinessChecks {

    private ReadinessChecks() {
    }

    public static Optional<JsonNode> named(JsonNode health, String name) {
        for (JsonNode check : health.path("checks")) {
            if (check.path("name").asText().equals(name)) {
                return Optional.of(check);
            }
        }
        return Optional.empty();
    }
}
