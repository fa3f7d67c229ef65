package ru.kontingent.server.security;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Every operation the server describes in its own OpenAPI document, as {@code "METHOD /path/{template}"}. */
final class OperationCatalog {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private OperationCatalog() {
    }

    static Set<String> of(JsonNode openApi, List<String> ignoredPrefixes) {
        Set<String> operations = new TreeSet<>();
        openApi.path("paths").fields().forEachRemaining(path -> {
            String template = path.getKey();
            if (!template.startsWith("/api/") || ignoredPrefixes.stream().anyMatch(prefix -> (template + "/").startsWith(prefix))) {
                return;
            }
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (METHODS.contains(method)) {
                    operations.add(method.toUpperCase() + " " + template);
                }
            });
        });
        return operations;
    }
}
