package ru.kontingent.server;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.kontingent.server.testing.JwtForge;
import ru.kontingent.server.testing.KontingentIT;
import ru.kontingent.server.testing.Regions;
import ru.kontingent.server.testing.Sql;
import ru.kontingent.server.testing.TestEnvironment;
import ru.kontingent.server.testing.Tokens;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** 403 for a region that is unknown or suspended, a role not allowed, a module above the region's stage. */
class AccessIT extends KontingentIT {

    private static String region;

    @BeforeAll
    static void region() {
        region = Regions.onboard(api, "access", 1);
    }

    @Test
    void unknownRegion() {
        api.get("/api/probe/records/x", Tokens.educationMinistry("nowhere_" + region)).assertProblem(403, "region-unavailable");
    }

    @Test
    void regionClaimMissingOrNotACode() {
        api.get("/api/probe/records/x", JwtForge.educationMinistry(region).without("region").signRs256(TestEnvironment.keys().privateKey()))
                .assertProblem(403, "region-unavailable");
        for (Object bad : List.of("R61", "r61; drop schema platform", "../region_r61", 61, List.of(region))) {
            api.get("/api/probe/records/x", JwtForge.educationMinistry(region).claim("region", bad).signRs256(TestEnvironment.keys().privateKey()))
                    .assertProblem(403, "region-unavailable");
        }
    }

    /** The platform prefix binds no region: a path that only looks like it must not reach region data unbound. */
    @Test
    void dotSegmentsThroughThePlatformPrefixReachNothing() {
        api.put("/api/probe/records/dots", Tokens.educationMinistry(region), java.util.Map.of("text", "x")).assertStatus(200);
        for (String path : List.of("/api/platform/%2e%2e/probe/records/dots", "/api/platform/..%2fprobe/records/dots",
                "/api/platform%2f..%2fprobe/records/dots")) {
            int status = api.get(path, Tokens.educationMinistry(region)).status();
            org.junit.jupiter.api.Assertions.assertTrue(status == 400 || status == 403 || status == 404,
                    () -> path + " answered " + status);
        }
    }

    @Test
    void federalOperatorReachesNoRegionData() {
        api.get("/api/probe/records/x", Tokens.federalOperator()).assertProblem(403, "forbidden");
        api.get("/api/audit", Tokens.federalOperator()).assertProblem(403, "forbidden");
    }

    @Test
    void suspendedRegionIsRefusedAtOnceAndKeepsItsData() {
        String suspended = Regions.onboard(api, "susp", 1);
        String token = Tokens.educationMinistry(suspended);
        api.put("/api/probe/records/kept", token, Map.of("text", "kept")).assertStatus(200);

        api.put("/api/platform/regions/" + suspended + "/status", Tokens.federalOperator(), Map.of("status", "SUSPENDED"))
                .assertStatus(200);
        api.get("/api/probe/records/kept", token).assertProblem(403, "region-unavailable");
        api.get("/api/platform/regions/" + suspended, Tokens.regionalAdmin(suspended)).assertProblem(403, "region-unavailable");
        api.put("/api/platform/regions/" + suspended + "/stage", Tokens.regionalAdmin(suspended), Map.of("stage", 2))
                .assertProblem(403, "region-unavailable");
        assertEquals(1, Sql.count("select count(*) from region_" + suspended + ".probe_record where id = 'kept'"));

        api.put("/api/platform/regions/" + suspended + "/status", Tokens.federalOperator(), Map.of("status", "ACTIVE"))
                .assertStatus(200);
        assertEquals("kept", api.get("/api/probe/records/kept", token).assertStatus(200).json().path("text").asText());
        assertEquals(List.of(List.of("region-status", "SUSPENDED"), List.of("region-status", "ACTIVE")),
                Sql.rows("select action, detail from platform.platform_audit where region_code = ? and action = 'region-status' order by id", suspended));
    }

    @Test
    void onlyTheFederalOperatorSuspends() {
        api.put("/api/platform/regions/" + region + "/status", Tokens.regionalAdmin(region), Map.of("status", "SUSPENDED"))
                .assertProblem(403, "forbidden");
        api.get("/api/platform/regions/" + region, Tokens.regionalAdmin(region)).assertStatus(200);
    }

    @Test
    void roleNotAllowedOnEndpoint() {
        api.get("/api/probe/records/x", Tokens.healthMinistry(region)).assertProblem(403, "forbidden");
        api.get("/api/probe/records/x", Tokens.regionalAdmin(region)).assertProblem(403, "forbidden");
        api.get("/api/platform/regions", Tokens.regionalAdmin(region)).assertProblem(403, "forbidden");
        api.get("/api/platform/regions", Tokens.educationMinistry(region)).assertProblem(403, "forbidden");
        api.post("/api/platform/regions", Tokens.regionalAdmin(region), Map.of("code", "zz", "name", "x")).assertProblem(403, "forbidden");
        api.get("/api/audit", Tokens.educationMinistry(region)).assertProblem(403, "forbidden");
    }

    @Test
    void moduleAboveTheRegionsStageIsDisabled() {
        api.get("/api/probe-advanced/ping", Tokens.educationMinistry(region)).assertProblem(403, "module-disabled");
    }

    @Test
    void regionalAdminReadsItsOwnJournalOnly() {
        api.put("/api/probe/records/journal", Tokens.schoolOperator(region, "org-3"), Map.of("text", "x")).assertStatus(200);
        var page = api.get("/api/audit?subject=journal", Tokens.regionalAdmin(region)).assertStatus(200).json();
        assertEquals(1, page.path("total").asInt());
        assertEquals("CREATE", page.path("items").get(0).path("action").asText());
        assertEquals("org-3", page.path("items").get(0).path("organization").asText());

        String other = Regions.onboard(api, "access_other", 1);
        assertEquals(0, api.get("/api/audit?subject=journal", Tokens.regionalAdmin(other)).assertStatus(200).json().path("total").asInt());
    }
}
