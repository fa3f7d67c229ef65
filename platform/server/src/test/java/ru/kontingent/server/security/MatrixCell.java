package ru.kontingent.server.security;

import com.fasterxml.jackson.databind.JsonNode;
import ru.kontingent.server.testing.JsonFields;
import ru.kontingent.server.testing.Reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** One operation called by one caller in one variant, and what the policy expects of it. */
record MatrixCell(PolicyTable.Row row, Caller caller, String variant, Expectation expected) {

    String name() {
        return row.operation() + " | " + caller.policyName() + "/" + variant;
    }

    /** How the answer differs from the policy, or empty when it does not. */
    Optional<String> judge(Reply reply) {
        List<String> differences = new ArrayList<>();
        if (!expected.statusMatches(reply.status())) {
            differences.add("status " + reply.status());
        }
        if (reply.status() >= 400) {
            if (!reply.contentType().startsWith("application/problem+json")) {
                differences.add("not problem+json (" + reply.contentType() + ")");
            }
            if (reply.body().contains("Exception") || reply.body().contains("\tat ")) {
                differences.add("exception text in the answer");
            }
        } else if (reply.status() / 100 == 2 && expected.statusMatches(reply.status())) {
            differences.addAll(bodyDifferences(reply.json()));
        }
        if (differences.isEmpty()) {
            return Optional.empty();
        }
        String body = reply.body().length() > 300 ? reply.body().substring(0, 300) + "..." : reply.body();
        return Optional.of(name() + ": expected " + expected + ", got " + String.join("; ", differences)
                + (reply.status() / 100 == 2 ? "" : " " + body));
    }

    private List<String> bodyDifferences(JsonNode body) {
        List<String> differences = new ArrayList<>();
        if (expected.fields() != null && !(body.isArray() && body.isEmpty())) {
            Set<String> actual = memberNames(body);
            if (!actual.equals(expected.fields())) {
                differences.add("fields " + actual);
            }
        }
        JsonNode elements = body.isArray() ? body : body.path("items");
        if (expected.itemFields() != null && !elements.isEmpty()) {
            Set<String> actual = memberNames(elements);
            if (!actual.equals(expected.itemFields())) {
                differences.add("item fields " + actual);
            }
        }
        if (expected.count() != null && elements.size() != expected.count()) {
            differences.add("count " + elements.size());
        }
        return differences;
    }

    /** The member names of an object, or the union over the elements of an array (each is also checked alone). */
    private Set<String> memberNames(JsonNode node) {
        if (!node.isArray()) {
            return JsonFields.of(node);
        }
        Set<String> union = new TreeSet<>();
        Set<String> first = null;
        for (JsonNode element : node) {
            Set<String> names = JsonFields.of(element);
            union.addAll(names);
            if (first != null && !first.equals(names)) {
                union.add("<elements differ>");
            }
            first = names;
        }
        return union;
    }
}
