package ru.kontingent.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import ru.kontingent.server.testing.KontingentIT;
import ru.kontingent.server.testing.Regions;
import ru.kontingent.server.testing.Reply;
import ru.kontingent.server.testing.Sql;
import ru.kontingent.server.testing.Tokens;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The federal operator onboards a region: schema created and migrated before the 201. */
class RegionOnboardingIT extends KontingentIT {

    @Test
    void onboardingCreatesAndMigratesTheSchemaBeforeAnswering() {
        String code = Regions.uniqueCode("onb");
        Reply created = api.post("/api/platform/regions", Tokens.federalOperator(),
                Map.of("code", code, "name", "Новая область", "stage", 2)).assertStatus(201);
        assertEquals(api.base().resolve("/api/platform/regions/" + code), URI.create(created.header("Location")));
        JsonNode body = created.json();
        assertEquals(code, body.path("code").asText());
        assertEquals("Новая область", body.path("name").asText());
        assertEquals(2, body.path("stage").asInt());
        assertEquals("ACTIVE", body.path("status").asText());

        assertEquals(1, Sql.count("select count(*) from information_schema.schemata where schema_name = ?", "region_" + code));
        List<String> tables = new ArrayList<>();
        Sql.rows("select table_name from information_schema.tables where table_schema = ? order by table_name", "region_" + code)
                .forEach(row -> tables.add((String) row.get(0)));
        assertTrue(tables.containsAll(List.of("audit_event", "probe_record", "databasechangelog")), () -> "tables " + tables);
        assertEquals(1, Sql.count("select count(*) from platform.region where code = ? and schema_name = ?", code, "region_" + code));

        JsonNode fetched = api.get("/api/platform/regions/" + code, Tokens.federalOperator()).assertStatus(200).json();
        assertEquals(body, fetched);
        api.put("/api/probe/records/first", Tokens.educationMinistry(code), Map.of("text", "usable at once")).assertStatus(200);
    }

    @Test
    void stageDefaultsToOne() {
        String code = Regions.uniqueCode("dflt");
        api.post("/api/platform/regions", Tokens.federalOperator(), Map.of("code", code, "name", "Default stage")).assertStatus(201);
        assertEquals(1, api.get("/api/platform/regions/" + code, Tokens.federalOperator()).json().path("stage").asInt());
    }

    @Test
    void aTakenCodeIsAConflict() {
        String code = Regions.onboard(api, "dup", 1);
        api.post("/api/platform/regions", Tokens.federalOperator(), Map.of("code", code, "name", "Again"))
                .assertProblem(409, "region-exists");
        api.post("/api/platform/regions", Tokens.federalOperator(), Map.of("code", "r61", "name", "Again"))
                .assertProblem(409, "region-exists");
        assertEquals(1, Sql.count("select count(*) from platform.region where code = ?", code));
    }

    @Test
    void invalidInputListsEveryBadFieldAndCreatesNothing() {
        Reply reply = api.post("/api/platform/regions", Tokens.federalOperator(),
                Map.of("code", "Bad Code; drop schema platform", "name", " ", "stage", 9)).assertProblem(400, "validation");
        assertEquals(List.of("code", "name", "stage"), reply.errorFields());
        assertEquals(0, Sql.count("select count(*) from information_schema.schemata where schema_name like 'region_bad%'"));

        api.post("/api/platform/regions", Tokens.federalOperator(), Map.of("code", "x".repeat(31), "name", "Long"))
                .assertProblem(400, "validation");
        assertEquals(List.of("code", "name"),
                api.post("/api/platform/regions", Tokens.federalOperator(), Map.of()).assertProblem(400, "validation").errorFields());
    }

    @Test
    void declaredTenantsAreHostedFromTheStart() {
        JsonNode regions = api.get("/api/platform/regions", Tokens.federalOperator()).assertStatus(200).json();
        Map<String, Integer> stages = new java.util.HashMap<>();
        regions.forEach(region -> stages.put(region.path("code").asText(), region.path("stage").asInt()));
        assertTrue(stages.containsKey("r61") && stages.containsKey("r23") && stages.containsKey("r34"), () -> "regions " + stages);
        assertEquals("Ростовская область", api.get("/api/platform/regions/r61", Tokens.federalOperator()).json().path("name").asText());
    }

    @Test
    void unknownRegionIsNotFoundAndTheRegionalAdminSeesOnlyItsOwn() {
        api.get("/api/platform/regions/zz_none", Tokens.federalOperator()).assertProblem(404, "region-not-found");
        api.get("/api/platform/regions/NOT%20A%20CODE", Tokens.federalOperator()).assertProblem(404, "region-not-found");
        api.get("/api/platform/regions/r61", Tokens.regionalAdmin("r61")).assertStatus(200);
        api.get("/api/platform/regions/r23", Tokens.regionalAdmin("r61")).assertProblem(403, "forbidden");
    }
}
