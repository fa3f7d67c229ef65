package ru.kontingent.server;

import org.junit.jupiter.api.Test;
import ru.kontingent.server.testing.Api;
import ru.kontingent.server.testing.Regions;
import ru.kontingent.server.testing.RestartableServer;
import ru.kontingent.server.testing.SecondServerIT;
import ru.kontingent.server.testing.Sql;
import ru.kontingent.server.testing.TestEnvironment;
import ru.kontingent.server.testing.Tokens;

import java.net.URI;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A second WildFly on the same database, stopped and started again: regions, stages and stage
 * history survive because the catalog lives in PostgreSQL, not in memory.
 */
class RestartIT extends SecondServerIT {

    private static final Api restarted = new Api(URI.create("http://127.0.0.1:" + TestEnvironment.restartHttpPort()));

    @Test
    void regionsAndStagesSurviveARestart() {
        controller.start(CONTAINER, RestartableServer.configuration());
        try {
            deployer.deploy(CONTAINER);
            String region = Regions.onboard(restarted, "restart", 1);
            restarted.put("/api/platform/regions/" + region + "/stage", Tokens.regionalAdmin(region), Map.of("stage", 2)).assertStatus(200);
            restarted.put("/api/platform/regions/" + region + "/status", Tokens.federalOperator(), Map.of("status", "SUSPENDED")).assertStatus(200);
            restarted.put("/api/probe/records/kept", Tokens.educationMinistry("r61"), Map.of("text", "before restart")).assertStatus(200);

            controller.stop(CONTAINER);
            controller.start(CONTAINER, RestartableServer.configuration());

            var after = restarted.get("/api/platform/regions/" + region, Tokens.federalOperator()).assertStatus(200).json();
            assertEquals(2, after.path("stage").asInt());
            assertEquals("SUSPENDED", after.path("status").asText());
            assertEquals(2, restarted.get("/api/platform/regions/" + region + "/stage-history", Tokens.federalOperator()).json().size());
            restarted.get("/api/probe/records/kept", Tokens.educationMinistry(region)).assertProblem(403, "region-unavailable");
            assertEquals("before restart",
                    restarted.get("/api/probe/records/kept", Tokens.educationMinistry("r61")).assertStatus(200).json().path("text").asText());
            // Every region is stamped with the changelogs it was migrated with, so a start skips them.
            assertEquals(0, Sql.count("select count(*) from platform.region where schema_fingerprint is null"));
            assertEquals(1, Sql.count("select count(distinct schema_fingerprint) from platform.region"));
            deployer.undeploy(CONTAINER);
        } finally {
            controller.stop(CONTAINER);
        }
    }
}
