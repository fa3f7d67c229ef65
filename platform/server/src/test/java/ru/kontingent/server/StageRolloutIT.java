package ru.kontingent.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import ru.kontingent.server.testing.KontingentIT;
import ru.kontingent.server.testing.Regions;
import ru.kontingent.server.testing.Sql;
import ru.kontingent.server.testing.Tokens;

import java.time.OffsetDateTime;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The regional administrator moves its region's stage one step at a time; every move is recorded. */
class StageRolloutIT extends KontingentIT {

    private static String stagePath(String region) {
        return "/api/platform/regions/" + region + "/stage";
    }

    @Test
    void stepsUpAndDownOpenAndCloseModulesFromTheNextRequest() {
        String region = Regions.onboard(api, "stage", 1);
        String admin = Tokens.regionalAdmin(region);
        String ministry = Tokens.educationMinistry(region);

        api.get("/api/probe-advanced/ping", ministry).assertProblem(403, "module-disabled");
        JsonNode up = api.put(stagePath(region), admin, Map.of("stage", 2)).assertStatus(200).json();
        assertEquals(region, up.path("code").asText());
        assertEquals(2, up.path("stage").asInt());
        api.get("/api/probe-advanced/ping", ministry).assertProblem(403, "module-disabled");
        api.put(stagePath(region), admin, Map.of("stage", 3)).assertStatus(200);
        api.get("/api/probe-advanced/ping", ministry).assertStatus(200);

        api.put("/api/probe/records/survives", ministry, Map.of("text", "stage-independent")).assertStatus(200);
        api.put(stagePath(region), admin, Map.of("stage", 2)).assertStatus(200);
        api.get("/api/probe-advanced/ping", ministry).assertProblem(403, "module-disabled");
        assertEquals(1, Sql.count("select count(*) from region_" + region + ".probe_record"));
        assertEquals(2, api.get("/api/platform/regions/" + region, admin).json().path("stage").asInt());
    }

    @Test
    void historyShowsWhoWhenFromTo() {
        OffsetDateTime before = OffsetDateTime.now().minusMinutes(1);
        String region = Regions.onboard(api, "hist", 1);
        String admin = Tokens.regionalAdmin(region);
        api.put(stagePath(region), admin, Map.of("stage", 2)).assertStatus(200);
        api.put(stagePath(region), admin, Map.of("stage", 1)).assertStatus(200);

        JsonNode history = api.get(stagePath(region).replace("/stage", "/stage-history"), Tokens.federalOperator()).assertStatus(200).json();
        assertEquals(3, history.size());
        assertTrue(history.get(0).path("from").isNull(), "onboarding has no from");
        assertEquals(1, history.get(0).path("to").asInt());
        assertEquals("dev-federal-operator", history.get(0).path("by").asText());
        assertEquals(1, history.get(1).path("from").asInt());
        assertEquals(2, history.get(1).path("to").asInt());
        assertEquals("dev-regional-admin-" + region, history.get(1).path("by").asText());
        assertEquals(2, history.get(2).path("from").asInt());
        assertEquals(1, history.get(2).path("to").asInt());
        for (JsonNode change : history) {
            assertTrue(OffsetDateTime.parse(change.path("at").asText()).isAfter(before));
        }
        api.get(stagePath(region).replace("/stage", "/stage-history"), admin).assertStatus(200);
        api.get(stagePath(region).replace("/stage", "/stage-history"), Tokens.regionalAdmin("r61")).assertProblem(403, "forbidden");
        assertEquals(3, Sql.count("select count(*) from platform.stage_change where region_code = ?", region));
    }

    @Test
    void onlyTheRegionalAdminOfThatRegionMovesItsStage() {
        String region = Regions.onboard(api, "owner", 1);
        String other = Regions.onboard(api, "other", 1);
        api.put(stagePath(region), Tokens.regionalAdmin(other), Map.of("stage", 2)).assertProblem(403, "forbidden");
        api.put(stagePath(region), Tokens.federalOperator(), Map.of("stage", 2)).assertProblem(403, "forbidden");
        api.put(stagePath(region), Tokens.educationMinistry(region), Map.of("stage", 2)).assertProblem(403, "forbidden");
        api.put(stagePath(region), Tokens.schoolOperator(region, "org-1"), Map.of("stage", 2)).assertProblem(403, "forbidden");
        assertEquals(1, api.get("/api/platform/regions/" + region, Tokens.federalOperator()).json().path("stage").asInt());
    }

    @Test
    void aJumpOfTwoOrAnOutOfRangeStageIsRefused() {
        String region = Regions.onboard(api, "jump", 1);
        String admin = Tokens.regionalAdmin(region);
        api.put(stagePath(region), admin, Map.of("stage", 3)).assertProblem(409, "stage-jump");
        api.put(stagePath(region), admin, Map.of("stage", 1)).assertProblem(409, "stage-jump");
        assertEquals(java.util.List.of("stage"),
                api.put(stagePath(region), admin, Map.of("stage", 4)).assertProblem(400, "validation").errorFields());
        assertEquals(java.util.List.of("stage"),
                api.put(stagePath(region), admin, Map.of()).assertProblem(400, "validation").errorFields());
        assertEquals(1, Sql.count("select count(*) from platform.stage_change where region_code = ?", region));
        assertEquals(1, api.get("/api/platform/regions/" + region, admin).json().path("stage").asInt());
    }
}
