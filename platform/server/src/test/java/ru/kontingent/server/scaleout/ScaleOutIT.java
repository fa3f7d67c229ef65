package ru.kontingent.server.scaleout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import ru.kontingent.devtools.Database;
import ru.kontingent.devtools.DatabaseLauncher;
import ru.kontingent.server.testing.Api;
import ru.kontingent.server.testing.EnvironmentExtension;
import ru.kontingent.server.testing.FileTrees;
import ru.kontingent.server.testing.FreePorts;
import ru.kontingent.server.testing.PrometheusScrape;
import ru.kontingent.server.testing.ReadinessChecks;
import ru.kontingent.server.testing.Regions;
import ru.kontingent.server.testing.RegistryCalls;
import ru.kontingent.server.testing.Reply;
import ru.kontingent.server.testing.ServerDatasources;
import ru.kontingent.server.testing.SnilsNumbers;
import ru.kontingent.server.testing.Sql;
import ru.kontingent.server.testing.TestEnvironment;
import ru.kontingent.server.testing.Tokens;




import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static ru.kontingent.server.testing.RegistryData.aStudent;
import static ru.kontingent.server.testing.RegistryData.anEnrollment;
import static ru.kontingent.server.testing.RegistryData.anOrganization;

/**
 * Scale-out as an operator runs it (issue 12): two WildFly nodes in one JGroups cluster over two
 * PostgreSQL servers, nginx round robin in front. Not an Arquillian test: the nodes are processes of
 * the provisioned server, each with its own base dir, started and killed like real ones. The checks
 * run one after another and every failure is reported (assertAll), since they share the slow set-up.
 * docs/operations.md ("The scale-out test") describes what it starts and checks.
 */
@ExtendWith(EnvironmentExtension.class)
class ScaleOutIT {

    private static final String SECOND = "pg2";
    private static final int NODE_A_OFFSET = 200;
    private static final int NODE_B_OFFSET = 300;
    private static final int NGINX_PORT = 8480;
    private static final int WRITERS = 4;
    private static final int IMPORT_SYNC_MAX_LINES = 100;
    private static final int IMPORT_LINES = 1_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long LOAD_BEFORE_KILL_MILLIS = 3_000;
    private static final long LOAD_AFTER_KILL_MILLIS = 5_000;
    /**
     * The region catalog's entries also expire 1 s after they are read: a change must be seen well
     * within that, or what the test saw was the expiry, not the invalidation across nodes.
     */
    private static final Duration CATALOG_LIMIT = Duration.ofMillis(500);

    private final Propagation propagation = new Propagation();
    private final List<String> timings = java.util.Collections.synchronizedList(new ArrayList<>());

    private ClusterNode a;
    private ClusterNode b;
    private Api nginx;
    private Database primary;
    private Database second;

    @Test
    void twoNodesBehindNginxServeOneRegistry() throws Throwable {
        assumeTrue(Nginx.installed(), Nginx.missingReason());
        long began = System.nanoTime();
        int offset = TestEnvironment.portOffset();
        Path work = Path.of(System.getProperty("kontingent.build.dir", "target")).toAbsolutePath().resolve("scale-out");
        Path serverHome = Path.of(System.getProperty("jboss.home")).toAbsolutePath();
        Path war = Path.of(System.getProperty("kontingent.war")).toAbsolutePath();
        Path primaryData = Files.createTempDirectory("kontingent-scaleout-db1");
        Path secondData = Files.createTempDirectory("kontingent-scaleout-db2");
        Nginx balancer = null;
        try {
            primary = DatabaseLauncher.startEmbedded(primaryData, FreePorts.any());
            second = DatabaseLauncher.startEmbedded(secondData, FreePorts.any());
            List<String> properties = nodeProperties(offset);
            a = new ClusterNode("node-a", serverHome, work.resolve("node-a"), offset + NODE_A_OFFSET, properties);
            b = new ClusterNode("node-b", serverHome, work.resolve("node-b"), offset + NODE_B_OFFSET, properties);
            // Both at once on an empty catalog, as an operator's rollout does: Liquibase's lock
            // serialises the migrations, the first insert of each tenants/ region wins.
            CompletableFuture<Void> upA = CompletableFuture.runAsync(() -> bringUp(a, war));
            CompletableFuture<Void> upB = CompletableFuture.runAsync(() -> bringUp(b, war));
            CompletableFuture.allOf(upA, upB).join();
            assertEquals(3L, Sql.count(primary, "select count(*) from platform.region"), "the tenants/ regions, each once");
            String regionSchemas = "select count(*) from information_schema.schemata where schema_name like 'region\\_%'";
            assertEquals(3L, Sql.count(primary, regionSchemas) + Sql.count(second, regionSchemas),
                    "one schema per tenants/ region over both servers, none left behind by the node that came second");
            balancer = Nginx.start(work.resolve("nginx"), NGINX_PORT + offset, List.of(a.upstream(), b.upstream()));
            nginx = balancer.api();
            timings.add("set-up " + seconds(began));

            String onPrimary = onboard("so_one", "default");
            String onSecond = onboard("so_two", SECOND);
            assertAll(
                    timed("one JGroups view", this::bothNodesInOneView),
                    timed("round robin", this::nginxUsesBothNodes),
                    timed("regions on both database servers", () -> {
                        registryWorksThroughNginx(onPrimary, primary);
                        registryWorksThroughNginx(onSecond, second);
                    }),
                    timed("stage change", this::stageChangeReachesTheOtherNode),
                    timed("suspension", this::suspensionReachesTheOtherNode),
                    timed("organization change", this::organizationChangeReachesTheOtherNode),
                    timed("report", this::reportOnTheOtherNodeIsFresh),
                    timed("import job followed on both nodes", () -> importJobFollowedOnBothNodes(onSecond)),
                    timed("kill -9 under load", () -> writesSurviveAKilledNode(onPrimary)));
        } catch (Throwable failure) {
            String logs = "logs: " + (a == null ? "" : a.logs()) + "; " + (b == null ? "" : b.logs())
                    + (balancer == null ? "" : "; " + balancer.logs());
            System.err.println("ScaleOutIT failed; " + logs);
            failure.addSuppressed(new AssertionError(logs));
            throw failure;
        } finally {
            System.out.println("ScaleOutIT propagation delays: " + propagation.observed());
            timings.add("total " + seconds(began));
            System.out.println("ScaleOutIT timings: " + timings);
            tearDown(balancer, a, b, primary, second);
            for (Path data : List.of(primaryData, secondData)) {
                FileTrees.delete(data);
                // The embedded server's start-up log, written beside its data directory.
                Files.deleteIfExists(Path.of(data + ".log"));
            }
        }
    }

    /** The suite's server properties, pointed at this test's primary, with pg2 and the cluster members. */
    private List<String> nodeProperties(int offset) {
        String suite = System.getProperty("kontingent.server.properties")
                .replaceAll("-Dkontingent\\.db\\.url=\\S+", Matcher.quoteReplacement("-Dkontingent.db.url=" + primary.jdbcUrl()))
                .replaceAll("-Djboss\\.socket\\.binding\\.port-offset=\\S+", "");
        List<String> properties = new ArrayList<>(Arrays.stream(suite.split("\\s+")).filter(p -> !p.isBlank()).toList());
        properties.add("-Dkontingent.datasources=" + SECOND);
        // Small files already run as background jobs, so the test can follow one across nodes.
        properties.add("-Dkontingent.import.sync-max-lines=" + IMPORT_SYNC_MAX_LINES);
        properties.add("-Dkontingent.cluster.members=127.0.0.1[" + (7600 + offset + NODE_A_OFFSET) + "],127.0.0.1["
                + (7600 + offset + NODE_B_OFFSET) + "]");
        return properties;
    }

    /** The pg2 datasources go into the node's own configuration before the application deploys, so a restart has them. */
    private void bringUp(ClusterNode node, Path war) {
        long began = System.nanoTime();
        node.start();
        ServerDatasources.addForGood(node.managementPort(), SECOND, second);
        node.deploy(war);
        timings.add(node.name() + " up " + seconds(began));
    }

    // a. one cluster
    private void bothNodesInOneView() {
        awaitView(60);
        for (ClusterNode node : List.of(a, b)) {
            Api management = new Api(URI.create("http://127.0.0.1:" + node.managementPort()));
            JsonNode cluster = ReadinessChecks.named(management.get("/health/ready", null).assertStatus(200).json(), "kontingent-cluster")
                    .map(check -> check.path("data")).orElse(null);
            assertEquals("{\"node\":\"" + node.name() + "\",\"members\":\"node-a,node-b\"}", String.valueOf(cluster),
                    node.name() + "'s cluster check in /health/ready");
            assertEquals(2.0, PrometheusScrape.of(management).value("kontingent_cluster_members"),
                    node.name() + "'s kontingent_cluster_members");
        }
    }

    private void awaitView(int seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        String viewA;
        String viewB;
        do {
            viewA = a.view();
            viewB = b.view();
            if (namesBoth(viewA) && namesBoth(viewB)) {
                return;
            }
            ClusterNode.sleep(500);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no JGroups view with node-a and node-b within " + seconds + " s: node-a has "
                + viewA + ", node-b has " + viewB);
    }

    private static boolean namesBoth(String view) {
        return view.contains("node-a") && view.contains("node-b") && !view.startsWith("no ");
    }

    // b. round robin
    private void nginxUsesBothNodes() {
        Map<String, Integer> answeredBy = new TreeMap<>();
        for (int i = 0; i < 20; i++) {
            Reply reply = nginx.get("/api/platform/regions", Tokens.federalOperator()).assertStatus(200);
            answeredBy.merge(reply.header("X-Upstream"), 1, Integer::sum);
        }
        assertEquals(new TreeSet<>(List.of(a.upstream(), b.upstream())), answeredBy.keySet(), answeredBy::toString);
        answeredBy.values().forEach(count -> assertTrue(count >= 5, () -> "round robin, not one node: " + answeredBy));
    }

    // c. each region on its own server, through nginx
    private void registryWorksThroughNginx(String region, Database home) {
        RegistryCalls registry = new RegistryCalls(nginx, region);
        String organization = registry.organization();
        String snils = SnilsNumbers.next();
        String student = registry.student(registry.ministry(), aStudent().with("lastName", "Соколова").with("snils", snils).build());
        String other = registry.student(registry.ministry());
        String enrollment = registry.enrolled(registry.ministry(), student, anEnrollment(organization).build());

        for (int i = 0; i < 4; i++) {
            // Every read on either node: both see the same rows.
            JsonNode view = nginx.get("/api/registry/students/" + student, registry.ministry()).assertStatus(200).json();
            assertEquals(List.of("Соколова", snils), List.of(view.path("lastName").asText(), view.path("snils").asText()), view::toString);
        }
        JsonNode bySnils = nginx.get("/api/registry/students?snils=" + enc(snils), registry.ministry()).assertStatus(200).json();
        assertEquals(List.of(student), ids(bySnils), bySnils::toString);
        JsonNode byName = nginx.get("/api/registry/students?q=" + enc("Соколова") + "&birthDate=2014-05-17", registry.ministry())
                .assertStatus(200).json();
        assertEquals(List.of(student), ids(byName), byName::toString);
        JsonNode enrollments = registry.enrollments(registry.ministry(), student).assertStatus(200).json();
        assertEquals(enrollment, (enrollments.isArray() ? enrollments : enrollments.path("items")).get(0).path("id").asText(),
                enrollments::toString);
        assertEquals(2, Sql.count(home, "select count(*) from region_" + region + ".student where id in (?::uuid, ?::uuid)",
                student, other), "both students in " + region + "'s own database server");
    }

    // d. caches: fill node B's, change on node A, B must follow.
    private void stageChangeReachesTheOtherNode() {
        String region = onboard("so_stage", "default");
        RegistryCalls registry = new RegistryCalls(nginx, region);
        String student = registry.student(registry.ministry());
        Supplier<Reply> healthOnB = () -> b.api().get("/api/health/students/" + student, Tokens.healthMinistry(region));
        Supplier<Reply> viewOnB = () -> b.api().get("/api/platform/regions/" + region, Tokens.federalOperator());
        assertEquals(1, viewOnB.get().assertStatus(200).json().path("stage").asInt());
        healthOnB.get().assertProblem(403, "module-disabled");

        // Each poll of B refills its cache, so the next change finds B's entry fresh.
        propagation.after("stage 1 -> 2 (module enabled)", CATALOG_LIMIT, () -> stage(a, region, 2), healthOnB,
                reply -> reply.status() != 403).assertProblem(404, "not-found");
        propagation.after("stage 2 -> 1 (module disabled)", CATALOG_LIMIT, () -> stage(a, region, 1), healthOnB,
                reply -> reply.status() == 403).assertProblem(403, "module-disabled");
        viewOnB.get().assertStatus(200);
        propagation.after("stage 1 -> 2 (region view)", CATALOG_LIMIT, () -> stage(a, region, 2), viewOnB,
                reply -> reply.status() == 200 && reply.json().path("stage").asInt() == 2);
    }

    private void suspensionReachesTheOtherNode() {
        String region = onboard("so_susp", "default");
        RegistryCalls registry = new RegistryCalls(nginx, region);
        String student = registry.student(registry.ministry());
        Supplier<Reply> readOnB = () -> b.api().get("/api/registry/students/" + student, registry.ministry());
        readOnB.get().assertStatus(200);

        try {
            propagation.after("suspension", CATALOG_LIMIT, () -> status(a, region, "SUSPENDED"), readOnB,
                    reply -> reply.status() == 403).assertProblem(403, "region-unavailable");
        } finally {
            propagation.after("reactivation", CATALOG_LIMIT, () -> status(a, region, "ACTIVE"), readOnB,
                    reply -> reply.status() == 200);
        }
    }

    private void organizationChangeReachesTheOtherNode() {
        String region = onboard("so_org", "default");
        RegistryCalls registry = new RegistryCalls(nginx, region);
        Map<String, Object> body = anOrganization().build();
        String organization = registry.organization(body);
        String path = "/api/registry/organizations/" + organization;
        Reply before = b.api().get(path, registry.ministry()).assertStatus(200);
        b.api().get(path, registry.ministry()).assertStatus(200);

        Map<String, Object> renamed = new LinkedHashMap<>(body);
        renamed.put("shortName", "Переименованная школа");
        propagation.after("organization (second-level cache)",
                () -> a.api().putIfMatch(path, registry.ministry(), before.header("ETag"), renamed).assertStatus(200),
                () -> b.api().get(path, registry.ministry()),
                reply -> reply.status() == 200 && "Переименованная школа".equals(reply.json().path("shortName").asText()));
    }

    private void reportOnTheOtherNodeIsFresh() {
        String region = onboard("so_rep", "default");
        RegistryCalls registry = new RegistryCalls(nginx, region);
        registry.organization();
        String report = "/api/reports/registry.organizations-by-kind-municipality";
        Reply cold = b.api().get(report, registry.ministry()).assertStatus(200);
        Reply warm = b.api().get(report, registry.ministry()).assertStatus(200);
        assertEquals(List.of("miss", "hit"), List.of(cold.header("X-Report-Cache"), warm.header("X-Report-Cache")));
        assertEquals(1, total(warm.json()), warm::body);

        Reply fresh = propagation.after("report after a write on the other node",
                () -> a.api().post("/api/registry/organizations", registry.ministry(), anOrganization().build()).assertStatus(201),
                () -> b.api().get(report, registry.ministry()), reply -> reply.status() == 200 && total(reply.json()) == 2);
        assertEquals("miss", fresh.header("X-Report-Cache"));
    }

    private static void stage(ClusterNode node, String region, int stage) {
        node.api().put("/api/platform/regions/" + region + "/stage", Tokens.regionalAdmin(region), Map.of("stage", stage))
                .assertStatus(200);
    }

    private static void status(ClusterNode node, String region, String status) {
        node.api().put("/api/platform/regions/" + region + "/status", Tokens.federalOperator(), Map.of("status", status))
                .assertStatus(200);
    }

    // e. a node killed under load; it comes back and catches up.
    private void writesSurviveAKilledNode(String region) {
        RegistryCalls registry = new RegistryCalls(nginx, region);
        String student = registry.student(registry.ministry());
        String health = "/api/health/students/" + student;
        String healthToken = Tokens.healthMinistry(region);

        List<WriteLoad.Write> writes;
        long killedAt;
        try (WriteLoad load = new WriteLoad(nginx, registry.ministry(), WRITERS)) {
            ClusterNode.sleep(LOAD_BEFORE_KILL_MILLIS);
            long signalled = System.nanoTime();
            killedAt = a.killJvm();
            timings.add("node-a's JVM gone " + (killedAt - signalled) / 1_000_000 + " ms after SIGKILL");
            ClusterNode.sleep(LOAD_AFTER_KILL_MILLIS);
            writes = load.stop();
        }
        Map<Object, Long> byStatus = writes.stream().collect(Collectors.groupingBy(WriteLoad.Write::status, TreeMap::new, Collectors.counting()));
        timings.add("writes under load by status " + byStatus);
        List<WriteLoad.Write> acknowledged = writes.stream().filter(WriteLoad.Write::acknowledged).toList();
        assertTrue(acknowledged.stream().anyMatch(w -> w.sentAt() < killedAt && w.answeredBy().equals(a.upstream())),
                () -> "node-a took writes before the kill: " + byStatus);
        List<WriteLoad.Write> afterKill = acknowledged.stream().filter(w -> w.sentAt() > killedAt).toList();
        assertFalse(afterKill.isEmpty(), () -> "writes kept succeeding after the kill: " + byStatus);
        assertEquals(Set.of(b.upstream()), afterKill.stream().map(WriteLoad.Write::answeredBy).collect(Collectors.toSet()),
                "every write after the kill answered by node-b");
        Set<String> stored = new HashSet<>();
        Sql.rows(primary, "select id::text from region_" + region + ".student").forEach(row -> stored.add((String) row.get(0)));
        List<String> lost = acknowledged.stream().map(WriteLoad.Write::id).filter(id -> !stored.contains(id)).toList();
        assertEquals(List.of(), lost, "every student acknowledged with 201 is stored (" + acknowledged.size() + " acknowledged)");

        // While node-a is down the stage changes on node-b; node-a restarts into the current state.
        stage(b, region, 2);
        Map<String, UUID> runningJobs = runningImportJobs(region, "node-a", "node-b", "node-gone");
        long restarted = System.nanoTime();
        a.start();
        a.awaitReady();
        timings.add("node-a restart " + seconds(restarted));
        awaitView(60);
        // The restarted node ends its own earlier job and that of a node gone from the view, never a live peer's.
        assertEquals(Map.of("node-a", "INTERRUPTED", "node-b", "RUNNING", "node-gone", "INTERRUPTED"),
                importJobStates(region, runningJobs), "import jobs after node-a's restart");
        // Right before the change, so that its cache entry is fresh: seen later would be the expiry.
        a.api().get(health, healthToken).assertProblem(404, "not-found");

        propagation.after("stage 2 -> 1 to the restarted node", CATALOG_LIMIT, () -> stage(b, region, 1),
                () -> a.api().get(health, healthToken), reply -> reply.status() == 403).assertProblem(403, "module-disabled");
    }

    // f. a bulk import accepted by one node, followed on either: its progress is in the region's table.
    private void importJobFollowedOnBothNodes(String region) throws Exception {
        String ministry = new RegistryCalls(nginx, region).ministry();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < IMPORT_LINES; i++) {
            body.append(JSON.writeValueAsString(aStudent().build())).append('\n');
        }
        Reply started = nginx.send("POST", "/api/registry/import", ministry, "application/x-ndjson", body.toString()).assertStatus(202);
        String job = URI.create(started.header("Location")).getPath();
        String acceptedBy = started.header("X-Upstream").equals(a.upstream()) ? a.name() : b.name();
        Map<String, String> seen = new TreeMap<>();
        JsonNode status;
        long deadline = System.nanoTime() + 120_000_000_000L;
        int call = 0;
        do {
            ClusterNode asked = call++ % 2 == 0 ? a : b;
            status = asked.api().get(job, ministry).assertStatus(200).json();
            seen.put(asked.name(), status.path("state").asText());
            ClusterNode.sleep(100);
        } while ((seen.size() < 2 || seen.containsValue("RUNNING")) && System.nanoTime() < deadline);
        assertEquals(Map.of(a.name(), "COMPLETED", b.name(), "COMPLETED"), seen, "the job's last state as each node answered it");
        assertEquals(List.of(IMPORT_LINES, IMPORT_LINES, 0), List.of(status.path("linesRead").asInt(), status.path("accepted").asInt(),
                status.path("rejected").asInt()), status::toString);
        assertEquals(acceptedBy, Sql.rows(second, "select node from region_" + region + ".import_job where id = ?::uuid",
                job.substring(job.lastIndexOf('/') + 1)).get(0).get(0), "the job names the node that accepted the file");
    }

    /** Jobs left RUNNING in the region's table, one per named node, as a crashed runner leaves them. */
    private Map<String, UUID> runningImportJobs(String region, String... nodes) {
        Map<String, UUID> jobs = new TreeMap<>();
        for (String node : nodes) {
            UUID id = UUID.randomUUID();
            Sql.execute(primary, "insert into region_" + region + ".import_job (id, state, format, lines_total, lines_read,"
                    + " accepted, rejected, unchanged, created_by, started_at, node)"
                    + " values (?, 'RUNNING', 'NDJSON', 10, 5, 5, 0, 0, 'scale-out-test', now(), ?)", id, node);
            jobs.put(node, id);
        }
        return jobs;
    }

    private Map<String, String> importJobStates(String region, Map<String, UUID> jobs) {
        Map<String, String> states = new TreeMap<>();
        jobs.forEach((node, id) -> states.put(node, (String) Sql.rows(primary,
                "select state from region_" + region + ".import_job where id = ?", id).get(0).get(0)));
        return states;
    }

    private String onboard(String prefix, String datasource) {
        String code = Regions.uniqueCode(prefix);
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", "Region " + code, "stage", 1, "datasource", datasource));
        JsonNode created = nginx.post("/api/platform/regions", Tokens.federalOperator(), body).assertStatus(201).json();
        assertEquals(datasource, created.path("datasource").asText(), created::toString);
        return code;
    }

    private Executable timed(String check, Executable body) {
        return () -> {
            long began = System.nanoTime();
            try {
                body.execute();
            } catch (Throwable failure) {
                throw new AssertionError(check + ": " + failure.getMessage(), failure);
            } finally {
                timings.add(check + " " + seconds(began));
            }
        };
    }

    private static long total(JsonNode report) {
        long total = 0;
        for (JsonNode row : report.path("rows")) {
            total += row.get(row.size() - 1).asLong();
        }
        return total;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String seconds(long since) {
        return String.format("%.1f s", (System.nanoTime() - since) / 1e9);
    }

    /** Each step on its own, so one that fails does not leave the others running. */
    private static void tearDown(AutoCloseable... resources) {
        for (AutoCloseable resource : resources) {
            if (resource == null) {
                continue;
            }
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("ScaleOutIT tear-down: " + resource + ": " + e);
            }
        }
    }
}
