package ru.kontingent.server.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.kontingent.server.testing.KontingentIT;
import ru.kontingent.server.testing.Reply;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The authorization matrix (SECURITY.md): every operation of the server's own OpenAPI document,
 * called by every caller in every variant with a real signed token, against the declarative policy
 * in {@code authorization-policy.yaml}. Every call is also held to the row's audit count: a
 * successful call of a personal-data operation journals exactly that many events (one), a refused
 * call none. Every differing cell is listed in one failure.
 */
class AuthorizationMatrixIT extends KontingentIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private static PolicyTable policy;
    private static Set<String> operations;

    @BeforeAll
    static void policyAndCatalog() {
        policy = PolicyTable.load();
        JsonNode openApi = api.send("GET", "/openapi?format=JSON", null, null, null).assertStatus(200).json();
        operations = OperationCatalog.of(openApi, policy.ignoredPrefixes());
    }

    @Test
    void everyOperationHasAPolicyRowAndEveryRowAnOperation() {
        List<String> problems = new ArrayList<>(policy.errors());
        operations.stream().filter(operation -> !policy.rows().containsKey(operation))
                .forEach(operation -> problems.add("no policy row for " + operation + " (add one to " + PolicyTable.RESOURCE + ")"));
        policy.rows().keySet().stream().filter(operation -> !operations.contains(operation))
                .forEach(operation -> problems.add("policy row for an operation /openapi does not list: " + operation));
        assertTrue(operations.size() > 0, "the OpenAPI document lists no operation under /api");
        assertTrue(problems.isEmpty(), () -> problems.size() + " policy problems:\n" + String.join("\n", problems));
    }

    @Test
    void everyCellAnswersAsThePolicySays() {
        MatrixFixtures fixtures = new MatrixFixtures(api);
        List<String> mismatches = new ArrayList<>();
        int cells = 0;
        for (PolicyTable.Row row : policy.rows().values()) {
            if (!operations.contains(row.operation())) {
                continue; // reported by the catalog test
            }
            for (Map.Entry<Caller, Map<String, Expectation>> caller : row.expectations().entrySet()) {
                for (Map.Entry<String, Expectation> variant : caller.getValue().entrySet()) {
                    MatrixCell cell = new MatrixCell(row, caller.getKey(), variant.getKey(), variant.getValue());
                    cells++;
                    try {
                        Call prepared = prepare(fixtures, cell);
                        long journaled = fixtures.auditEvents();
                        Reply reply = prepared.send();
                        cell.judge(reply).ifPresent(mismatches::add);
                        long written = fixtures.auditEvents() - journaled;
                        long due = reply.status() / 100 != 2 ? 0 : row.auditPerItem() ? items(reply) : row.audit();
                        if (written != due) {
                            mismatches.add(cell.name() + ": " + written + " audit event(s) for a " + reply.status()
                                    + ", the policy says " + due);
                        }
                    } catch (RuntimeException | AssertionError e) {
                        mismatches.add(cell.name() + ": could not be called: " + e);
                    }
                }
            }
        }
        System.out.println("Authorization matrix: " + policy.rows().size() + " operations, " + cells + " cells, "
                + mismatches.size() + " mismatches");
        int total = cells;
        assertTrue(mismatches.isEmpty(), () -> mismatches.size() + " of " + total + " cells differ from "
                + PolicyTable.RESOURCE + ":\n" + String.join("\n", new TreeSet<>(mismatches)));
    }

    /** A cell's request with every fixture it needs already made, so that only the call itself is measured. */
    private record Call(String method, String path, String token, String contentType, Object body, String ifMatch) {
        Reply send() {
            if (ifMatch != null) {
                return api.putIfMatch(path, token, ifMatch, body);
            }
            return api.send(method, path, token, body == null ? null : contentType, body == null ? null : json(body));
        }
    }

    private static Call prepare(MatrixFixtures fixtures, MatrixCell cell) {
        PolicyTable.Row row = cell.row();
        String path = fill(row.pathTemplate(), name -> fixtures.value(row.params().getOrDefault(name, name)));
        String ifMatch = row.ifMatchFrom() == null ? null : fixtures.etag(path, Caller.named(row.ifMatchFrom()));
        if (row.query() != null) {
            path += "?" + fill(row.query(), name -> URLEncoder.encode(fixtures.value(name), StandardCharsets.UTF_8));
        }
        String token = fixtures.token(cell.caller(), cell.variant());
        Object body = row.body() == null ? null : fixtures.body(row.body(), cell.caller(), cell.variant());
        return new Call(row.method(), path, token, row.contentType(), body, ifMatch);
    }

    /** How many people an answer lists: every {@code id} member in it, at any depth (pages, groups of a page). */
    private static int items(Reply reply) {
        return ids(reply.json());
    }

    private static int ids(JsonNode node) {
        int ids = node.isObject() && node.has("id") ? 1 : 0;
        for (JsonNode child : node) {
            ids += ids(child);
        }
        return ids;
    }

    private static String fill(String template, Function<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(filled, Matcher.quoteReplacement(values.apply(matcher.group(1))));
        }
        return matcher.appendTail(filled).toString();
    }

    private static String json(Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
