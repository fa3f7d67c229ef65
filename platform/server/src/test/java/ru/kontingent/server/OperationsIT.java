package ru.kontingent.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import ru.kontingent.server.testing.Api;
import ru.kontingent.server.testing.KontingentIT;
import ru.kontingent.server.testing.PrometheusScrape;
import ru.kontingent.server.testing.ReadinessChecks;
import ru.kontingent.server.testing.Reply;
import ru.kontingent.server.testing.TestEnvironment;

import java.net.URI;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Health (liveness, readiness with database and catalog) and the OpenAPI document. */
class OperationsIT extends KontingentIT {

    private static final Api management = new Api(URI.create("http://127.0.0.1:" + TestEnvironment.managementPort()));

    @Test
    void readinessIncludesDatabaseAndCatalog() {
        JsonNode ready = management.get("/health/ready", null).assertStatus(200).json();
        assertEquals("UP", ready.path("status").asText());
        JsonNode catalog = ReadinessChecks.named(ready, "kontingent-catalog")
                .orElseThrow(() -> new AssertionError("catalog check present: " + ready));
        assertEquals("UP", catalog.path("status").asText());
        assertTrue(catalog.path("data").path("regions").asInt() >= 3);
    }

    /** The suite's server has no member list: a cluster of one, itself; the gauge says the same. */
    @Test
    void aNodeWithoutMembersIsAClusterOfOne() {
        JsonNode cluster = ReadinessChecks.named(management.get("/health/ready", null).assertStatus(200).json(), "kontingent-cluster")
                .orElseThrow(() -> new AssertionError("cluster check present"));
        assertEquals("UP", cluster.path("status").asText());
        String node = cluster.path("data").path("node").asText();
        assertFalse(node.isBlank(), cluster::toString);
        assertEquals(node, cluster.path("data").path("members").asText(), cluster::toString);
        assertEquals(1.0, PrometheusScrape.now().value("kontingent_cluster_members"));
    }

    @Test
    void livenessIsUp() {
        assertEquals("UP", management.get("/health/live", null).assertStatus(200).json().path("status").asText());
    }

    @Test
    void openApiDescribesEveryPlatformEndpoint() {
        Reply reply = api.send("GET", "/openapi?format=JSON", null, null, null).assertStatus(200);
        JsonNode paths = reply.json().path("paths");
        for (String path : List.of("/api/platform/regions", "/api/platform/regions/{code}", "/api/platform/regions/{code}/stage",
                "/api/platform/regions/{code}/stage-history", "/api/platform/regions/{code}/status", "/api/audit")) {
            assertTrue(paths.has(path), () -> "OpenAPI lacks " + path + ": " + paths.fieldNames());
        }
        assertTrue(paths.path("/api/platform/regions").has("post"));
        assertTrue(paths.path("/api/platform/regions/{code}/stage").has("put"));
    }
}
