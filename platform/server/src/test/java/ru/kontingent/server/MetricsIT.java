package ru.kontingent.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.kontingent.server.testing.KontingentIT;
import ru.kontingent.server.testing.PrometheusScrape;
import ru.kontingent.server.testing.PrometheusScrape.Sample;
import ru.kontingent.server.testing.Regions;
import ru.kontingent.server.testing.Reply;
import ru.kontingent.server.testing.Tokens;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.kontingent.server.testing.RegistryData.aStudent;
import static ru.kontingent.server.testing.RegistryData.anOrganization;

/**
 * The Prometheus endpoint of the management port: API calls of two regions counted under the
 * right region, module, method and status class, imports and report cache lookups per region, and
 * no label carrying an identifier, a SNILS or anything else from the request.
 */
class MetricsIT extends KontingentIT {

    private static final String REQUESTS = "kontingent_http_server_requests_seconds_count";
    private static final String LATENCY = "kontingent_http_server_requests_seconds_sum";
    private static final String JOBS_STARTED = "kontingent_import_jobs_started_total";
    private static final String JOBS_FINISHED = "kontingent_import_jobs_finished_total";
    private static final String LINES = "kontingent_import_lines_total";
    private static final String CACHE = "kontingent_reports_cache_lookups_total";
    private static final String REPORT = "/api/reports/registry.contingent-by-level-grade-sex";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Set<String> LABEL_NAMES = Set.of("region", "module", "method", "status", "state", "outcome", "result",
            "WF_DEPLOYMENT");
    private static final Set<String> MODULES = Set.of("registry", "health", "portfolio", "reporting", "platform", "citizen", "none");
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "OTHER");
    private static final Pattern STATUS_CLASS = Pattern.compile("[1-5]xx|other");
    /** WildFly tags every application meter with the deployment's name. */
    private static final Pattern DEPLOYMENT = Pattern.compile("[A-Za-z0-9_.-]+\\.war");
    private static final Pattern WORD = Pattern.compile("[a-z_]{1,12}");
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{5,}");
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-");

    private static String north;
    private static String south;

    @BeforeAll
    static void regions() {
        north = Regions.onboard(api, "mtn", 1);
        south = Regions.onboard(api, "mts", 1);
    }

    @Test
    void callsAreCountedByRegionModuleMethodAndStatusClass() {
        String northMinistry = Tokens.educationMinistry(north);
        String southMinistry = Tokens.educationMinistry(south);
        String uncatalogued = Tokens.educationMinistry("zz" + (System.nanoTime() % 900 + 100));
        PrometheusScrape before = PrometheusScrape.now();

        api.get("/api/registry/organizations", northMinistry).assertStatus(200);
        api.get("/api/registry/organizations", northMinistry).assertStatus(200);
        api.get("/api/registry/students/" + UUID.randomUUID(), northMinistry).assertProblem(404, "not-found");
        api.get("/api/health/students/" + UUID.randomUUID(), Tokens.healthMinistry(north)).assertProblem(403, "module-disabled");
        api.post("/api/registry/organizations", southMinistry, anOrganization().build()).assertStatus(201);
        api.get(REPORT, southMinistry).assertStatus(200);
        api.get(REPORT, southMinistry).assertStatus(200);
        api.get("/api/platform/regions", Tokens.federalOperator()).assertStatus(200);
        api.get("/api/registry/organizations", uncatalogued).assertStatus(403);

        PrometheusScrape after = PrometheusScrape.now();
        assertIncrease(before, after, 2, REQUESTS, "region", north, "module", "registry", "method", "GET", "status", "2xx");
        assertIncrease(before, after, 1, REQUESTS, "region", north, "module", "registry", "method", "GET", "status", "4xx");
        assertIncrease(before, after, 1, REQUESTS, "region", north, "module", "health", "method", "GET", "status", "4xx");
        assertIncrease(before, after, 0, REQUESTS, "region", north, "module", "registry", "method", "POST");
        assertIncrease(before, after, 1, REQUESTS, "region", south, "module", "registry", "method", "POST", "status", "2xx");
        assertIncrease(before, after, 2, REQUESTS, "region", south, "module", "reporting", "method", "GET", "status", "2xx");
        assertIncrease(before, after, 0, REQUESTS, "region", south, "module", "registry", "method", "GET");
        assertIncrease(before, after, 1, REQUESTS, "region", "none", "module", "platform", "method", "GET", "status", "2xx");
        // A token naming a region the catalog does not hold: refused, and counted without that name.
        assertIncrease(before, after, 1, REQUESTS, "region", "none", "module", "registry", "method", "GET", "status", "4xx");
        assertIncrease(before, after, 4, REQUESTS, "region", north);
        assertIncrease(before, after, 3, REQUESTS, "region", south);
        assertTrue(after.value(LATENCY, "region", south, "module", "reporting") > before.value(LATENCY, "region", south, "module", "reporting"));

        assertIncrease(before, after, 1, CACHE, "region", south, "result", "miss");
        assertIncrease(before, after, 1, CACHE, "region", south, "result", "hit");
        assertIncrease(before, after, 0, CACHE, "region", north);
        assertLabelsCarryNoRequestData(after, Set.of());
    }

    @Test
    void importsCountLinesAndJobsPerRegion() throws Exception {
        String ministry = Tokens.educationMinistry(north);
        Map<String, Object> good = aStudent().build();
        Map<String, Object> bad = aStudent().with("sex", "X").build();
        PrometheusScrape before = PrometheusScrape.now();

        api.send("POST", "/api/registry/import", ministry, "application/x-ndjson", ndjson(List.of(good, bad, aStudent().build())))
                .assertStatus(200);
        PrometheusScrape afterImmediate = PrometheusScrape.now();
        assertIncrease(before, afterImmediate, 2, LINES, "region", north, "outcome", "accepted");
        assertIncrease(before, afterImmediate, 1, LINES, "region", north, "outcome", "rejected");
        assertIncrease(before, afterImmediate, 0, LINES, "region", north, "outcome", "unchanged");
        assertIncrease(before, afterImmediate, 0, JOBS_STARTED, "region", north);
        assertIncrease(before, afterImmediate, 1, REQUESTS, "region", north, "module", "registry", "method", "POST", "status", "2xx");

        // Above kontingent.import.sync-max-lines (10,000): a background job. The good student again is unchanged.
        StringBuilder large = new StringBuilder(JSON.writeValueAsString(good)).append('\n');
        for (int i = 0; i < 10_000; i++) {
            large.append(JSON.writeValueAsString(aStudent().build())).append('\n');
        }
        Reply started = api.send("POST", "/api/registry/import", ministry, "application/x-ndjson", large.toString()).assertStatus(202);
        assertEquals(1, PrometheusScrape.now().value(JOBS_STARTED, "region", north) - before.value(JOBS_STARTED, "region", north));
        String job = URI.create(started.header("Location")).getPath();
        JsonNode status;
        long deadline = System.currentTimeMillis() + 300_000;
        do {
            Thread.sleep(300);
            status = api.get(job, ministry).assertStatus(200).json();
        } while (status.path("state").asText().equals("RUNNING") && System.currentTimeMillis() < deadline);
        assertEquals("COMPLETED", status.path("state").asText(), status.toString());
        // The job's counters follow its stored state by a moment.
        awaitTrue(() -> PrometheusScrape.now().value(JOBS_FINISHED, "region", north) > before.value(JOBS_FINISHED, "region", north));

        PrometheusScrape after = PrometheusScrape.now();
        assertIncrease(before, after, 1, JOBS_STARTED, "region", north);
        assertIncrease(before, after, 1, JOBS_FINISHED, "region", north, "state", "completed");
        assertIncrease(before, after, 1, JOBS_FINISHED, "region", north);
        assertIncrease(before, after, 2 + 10_000, LINES, "region", north, "outcome", "accepted");
        assertIncrease(before, after, 1, LINES, "region", north, "outcome", "unchanged");
        assertIncrease(before, after, 0, JOBS_STARTED, "region", south);
        assertLabelsCarryNoRequestData(after, Set.of((String) good.get("snils"), (String) bad.get("snils"), job));
    }

    /**
     * Every label of the application's metrics has a name and a value from a closed set: the
     * catalogued region codes and {@code none}, module ids, method names, status classes and short
     * outcome words. Nothing that looks like an id, a SNILS, a path or a UUID, and none of the given texts.
     */
    private static void assertLabelsCarryNoRequestData(PrometheusScrape scrape, Set<String> forbidden) {
        Set<String> catalogued = new HashSet<>(Set.of("none"));
        for (JsonNode region : api.get("/api/platform/regions", Tokens.federalOperator()).assertStatus(200).json()) {
            catalogued.add(region.path("code").asText());
        }
        List<Sample> ours = scrape.named("kontingent_");
        assertFalse(ours.isEmpty());
        for (Sample sample : ours) {
            for (Map.Entry<String, String> label : sample.labels().entrySet()) {
                String value = label.getValue();
                assertTrue(LABEL_NAMES.contains(label.getKey()), () -> "unexpected label " + label + " on " + sample);
                // A region code may hold digits (tests make r61, stage_ba5e13796): it is checked against the catalog instead.
                assertFalse(!label.getKey().equals("region") && LONG_NUMBER.matcher(value).find(), () -> "a number in " + sample);
                assertFalse(UUID_TEXT.matcher(value).find() || value.contains("/"), () -> "an id or path in " + sample);
                switch (label.getKey()) {
                    case "region" -> assertTrue(catalogued.contains(value), () -> "uncatalogued region in " + sample);
                    case "module" -> assertTrue(MODULES.contains(value), () -> "unknown module in " + sample);
                    case "method" -> assertTrue(METHODS.contains(value), () -> "unknown method in " + sample);
                    case "status" -> assertTrue(STATUS_CLASS.matcher(value).matches(), () -> "not a status class in " + sample);
                    case "WF_DEPLOYMENT" -> assertTrue(DEPLOYMENT.matcher(value).matches(), () -> "not a deployment in " + sample);
                    default -> assertTrue(WORD.matcher(value).matches(), () -> "not a short word in " + sample);
                }
            }
        }
        for (String text : forbidden) {
            assertFalse(scrape.text().contains(text), () -> "the scrape contains " + text);
            String digits = text.replaceAll("\\D", "");
            assertFalse(digits.length() >= 11 && scrape.text().contains(digits), () -> "the scrape contains " + digits);
        }
    }

    private static void assertIncrease(PrometheusScrape before, PrometheusScrape after, double expected, String name, String... labels) {
        double increase = after.value(name, labels) - before.value(name, labels);
        assertEquals(expected, increase, () -> name + " " + String.join(",", labels) + " increased by " + increase
                + "; samples: " + after.named("kontingent_http").stream().limit(30).toList());
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5_000;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < deadline, "timed out");
            Thread.sleep(100);
        }
    }

    private static String ndjson(List<Map<String, Object>> students) throws Exception {
        StringBuilder out = new StringBuilder();
        for (Map<String, Object> student : students) {
            out.append(JSON.writeValueAsString(student)).append('\n');
        }
        return out.toString();
    }
}
