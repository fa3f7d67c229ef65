package ru.kontingent.server.security;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The declarative authorization policy ({@code authorization-policy.yaml}): one row per operation,
 * one expectation per caller and variant. Loading never stops at the first mistake: every
 * malformed or incomplete row is listed in {@link #errors()}.
 */
final class PolicyTable {

    static final String RESOURCE = "authorization-policy.yaml";

    /** One operation: how to call it and what each caller in each variant must get. */
    /**
     * @param audit        audit events one successful call writes (personal data: exactly one; else none)
     * @param auditPerItem one event per person the answer lists instead (searches, a parent's children)
     */
    record Row(String operation, Map<String, String> params, String query, String body, String contentType,
               String ifMatchFrom, int audit, boolean auditPerItem, Map<Caller, Map<String, Expectation>> expectations) {

        String method() {
            return operation.substring(0, operation.indexOf(' '));
        }

        String pathTemplate() {
            return operation.substring(operation.indexOf(' ') + 1);
        }
    }

    private final List<String> ignoredPrefixes;
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final List<String> errors = new ArrayList<>();
    private final Map<String, Set<String>> fieldSets = new LinkedHashMap<>();

    private PolicyTable(Map<String, Object> document) {
        ignoredPrefixes = strings(document.getOrDefault("ignore", List.of()));
        map(document.getOrDefault("fieldSets", Map.of())).forEach((name, fields) -> fieldSets.put(name, new LinkedHashSet<>(strings(fields))));
        map(document.get("operations")).forEach((operation, row) -> {
            try {
                rows.put(operation, row(operation, map(row)));
            } catch (RuntimeException e) {
                errors.add(operation + ": " + e.getMessage());
            }
        });
    }

    static PolicyTable load() {
        try (InputStream in = PolicyTable.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test class path");
            }
            return new PolicyTable(new Yaml().load(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> ignoredPrefixes() {
        return ignoredPrefixes;
    }

    Map<String, Row> rows() {
        return rows;
    }

    List<String> errors() {
        return errors;
    }

    private Row row(String operation, Map<String, Object> row) {
        if (!operation.matches("(GET|POST|PUT|DELETE|PATCH) /\\S*")) {
            throw new IllegalArgumentException("an operation is 'METHOD /path/{template}'");
        }
        Map<String, String> params = new LinkedHashMap<>();
        map(row.getOrDefault("params", Map.of())).forEach((name, fixture) -> params.put(name, String.valueOf(fixture)));
        Map<String, Object> expect = map(row.get("expect"));
        Map<Caller, Map<String, Expectation>> expectations = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            if (!expect.containsKey(caller.policyName())) {
                throw new IllegalArgumentException("no expectation for caller " + caller.policyName());
            }
            expectations.put(caller, variants(caller, expect.get(caller.policyName())));
        }
        expect.keySet().forEach(Caller::named);
        if (row.containsKey("ifMatchFrom") && !operation.startsWith("PUT ")) {
            throw new IllegalArgumentException("ifMatchFrom is for PUT rows only");
        }
        return new Row(operation, params, (String) row.get("query"), (String) row.get("body"),
                (String) row.getOrDefault("contentType", "application/json"), (String) row.get("ifMatchFrom"),
                row.get("audit") instanceof Number count ? count.intValue() : 0, "perItem".equals(row.get("audit")), expectations);
    }

    /** One expectation for all of a caller's variants, or a map variant -> expectation naming each variant. */
    private Map<String, Expectation> variants(Caller caller, Object value) {
        Map<String, Expectation> byVariant = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map && !map.containsKey("status")) {
            for (String variant : caller.variants()) {
                if (!map.containsKey(variant)) {
                    throw new IllegalArgumentException(caller.policyName() + " lacks variant " + variant);
                }
                byVariant.put(variant, expectation(map.get(variant)));
            }
            map.keySet().stream().filter(variant -> !caller.variants().contains(variant)).findFirst().ifPresent(variant -> {
                throw new IllegalArgumentException(caller.policyName() + " has no variant " + variant);
            });
        } else {
            Expectation expectation = expectation(value);
            caller.variants().forEach(variant -> byVariant.put(variant, expectation));
        }
        return byVariant;
    }

    private Expectation expectation(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            return new Expectation(status(value), null, null, null);
        }
        for (Object key : map.keySet()) {
            if (!Set.of("status", "fields", "itemFields", "count").contains(key)) {
                throw new IllegalArgumentException("unknown expectation key " + key);
            }
        }
        return new Expectation(status(map.get("status")), fields(map.get("fields")), fields(map.get("itemFields")),
                (Integer) map.get("count"));
    }

    private static String status(Object value) {
        String status = String.valueOf(value);
        if (!status.matches("[1-5](\\d\\d|xx)")) {
            throw new IllegalArgumentException("a status is like 403 or 2xx, not " + status);
        }
        return status;
    }

    private Set<String> fields(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String name) {
            Set<String> named = fieldSets.get(name);
            if (named == null) {
                throw new IllegalArgumentException("unknown field set " + name);
            }
            return Collections.unmodifiableSortedSet(new TreeSet<>(named));
        }
        return Collections.unmodifiableSortedSet(new TreeSet<>(strings(value)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("expected a map, found " + value);
        }
        return (Map<String, Object>) value;
    }

    private static List<String> strings(Object value) {
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("expected a list, found " + value);
        }
        return list.stream().map(String::valueOf).toList();
    }
}
