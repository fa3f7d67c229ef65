package ru.kontingent.server.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Spoils one value of a valid body: every path to a value (object fields and array elements, at
 * any depth) can be mutated in every {@link Mutation} way. Placeholders that JSON cannot hold as a
 * tree (a number beyond any type, nesting deeper than any parser allows) are spliced into the text.
 */
final class BodyMutator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String RAW = "\u0001RAW\u0001";
    private static final String HUGE_NUMBER = "1e400";
    private static final int NESTING = 5_000;

    private final ObjectNode valid;

    BodyMutator(Map<String, Object> validBody) {
        this.valid = JSON.valueToTree(validBody);
    }

    /** Every path to a value, e.g. {@code [representatives, 0, snils]}. */
    List<List<Object>> paths() {
        List<List<Object>> paths = new ArrayList<>();
        collect(valid, new ArrayList<>(), paths);
        return paths;
    }

    /** The valid body with the value at {@code path} spoiled, as the text to send. */
    String mutate(List<Object> path, Mutation mutation) {
        ObjectNode body = valid.deepCopy();
        JsonNode parent = body;
        for (int i = 0; i < path.size() - 1; i++) {
            parent = child(parent, path.get(i));
        }
        Object last = path.get(path.size() - 1);
        JsonNode original = child(parent, last);
        if (mutation == Mutation.REMOVE) {
            if (parent instanceof ObjectNode object) {
                object.remove((String) last);
            } else {
                ((ArrayNode) parent).remove((Integer) last);
            }
            return text(body, null);
        }
        String raw = null;
        JsonNode replacement = switch (mutation) {
            case NULL -> NODES.nullNode();
            case NUMBER_INSTEAD -> NODES.numberNode(12345);
            case STRING_INSTEAD -> TextNode.valueOf("not the expected type");
            case ARRAY_INSTEAD -> NODES.arrayNode().add(1).add("two");
            case OBJECT_INSTEAD -> NODES.objectNode().put("unexpected", true);
            case OVERLONG_TEXT -> TextNode.valueOf("я".repeat(10_001));
            case NUL_BYTE -> TextNode.valueOf(prefix(original) + "\u0000" + "x");
            case CONTROL_CHARACTERS -> TextNode.valueOf(prefix(original) + "\u0007\u001b[2J\u0008");
            case SQL_TEXT -> TextNode.valueOf("'; DROP TABLE student; --");
            case JSON_METACHARACTERS -> TextNode.valueOf("\"}],{\"region\":\"r23\"}\\");
            case NEGATIVE_NUMBER -> NODES.numberNode(-2_147_483_649L);
            case IMPOSSIBLE_DATE -> TextNode.valueOf("2014-02-30");
            case HUGE_NUMBER -> {
                raw = HUGE_NUMBER;
                yield TextNode.valueOf(RAW);
            }
            case DEEP_NESTING -> {
                raw = "[".repeat(NESTING) + "]".repeat(NESTING);
                yield TextNode.valueOf(RAW);
            }
            case REMOVE -> throw new IllegalStateException();
        };
        if (parent instanceof ObjectNode object) {
            object.set((String) last, replacement);
        } else {
            ((ArrayNode) parent).set((Integer) last, replacement);
        }
        return text(body, raw);
    }

    private static String prefix(JsonNode original) {
        return original != null && original.isTextual() && !original.asText().isEmpty() ? original.asText().substring(0, 1) : "a";
    }

    private static String text(ObjectNode body, String raw) {
        try {
            String text = JSON.writeValueAsString(body);
            return raw == null ? text : text.replace("\"\\u0001RAW\\u0001\"", raw);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode child(JsonNode node, Object step) {
        return step instanceof Integer index ? node.get(index) : node.get((String) step);
    }

    private static void collect(JsonNode node, List<Object> prefix, List<List<Object>> paths) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> descend(field.getValue(), prefix, field.getKey(), paths));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                descend(node.get(i), prefix, i, paths);
            }
        }
    }

    private static void descend(JsonNode value, List<Object> prefix, Object step, List<List<Object>> paths) {
        List<Object> path = new ArrayList<>(prefix);
        path.add(step);
        paths.add(path);
        collect(value, path, paths);
    }
}
