package ru.kontingent.devtools.bulkimport;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A parsed JSON object with typed, forgiving reads: a member of the wrong type counts as absent. */
record JsonObject(Map<String, Object> members) {

    /** @throws IllegalArgumentException when the text is not a JSON object */
    static JsonObject parse(String text) {
        if (JsonReader.parse(text) instanceof Map<?, ?> map) {
            return of(map);
        }
        throw new IllegalArgumentException("not a JSON object");
    }

    @SuppressWarnings("unchecked")
    private static JsonObject of(Map<?, ?> map) {
        return new JsonObject((Map<String, Object>) map);
    }

    Optional<String> text(String name) {
        return members.get(name) instanceof String text ? Optional.of(text) : Optional.empty();
    }

    Optional<Long> number(String name) {
        Object value = members.get(name);
        if (value instanceof Long number) {
            return Optional.of(number);
        }
        return value instanceof Double number ? Optional.of(Math.round(number)) : Optional.empty();
    }

    long numberOr(String name, long fallback) {
        return number(name).orElse(fallback);
    }

    Optional<JsonObject> object(String name) {
        return members.get(name) instanceof Map<?, ?> map ? Optional.of(of(map)) : Optional.empty();
    }

    /** The objects of an array member; other elements are skipped. */
    List<JsonObject> objects(String name) {
        if (!(members.get(name) instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(Map.class::isInstance).map(item -> of((Map<?, ?>) item)).toList();
    }

    boolean has(String name) {
        return members.containsKey(name);
    }
}
