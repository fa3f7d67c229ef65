package ru.kontingent.server;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.kontingent.server.testing.KontingentIT;
import ru.kontingent.server.testing.Regions;
import ru.kontingent.server.testing.Reply;
import ru.kontingent.server.testing.Sql;
import ru.kontingent.server.testing.Tokens;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two regions in one deployment: the same id in both, each sees only its own. */
class TenantIsolationIT extends KontingentIT {

    private static String regionA;
    private static String regionB;

    @BeforeAll
    static void twoRegions() {
        regionA = Regions.onboard(api, "iso_a", 1);
        regionB = Regions.onboard(api, "iso_b", 1);
    }

    @Test
    void dataOfOneRegionIsInvisibleToAnother() {
        String tokenA = Tokens.educationMinistry(regionA);
        String tokenB = Tokens.educationMinistry(regionB);

        Reply written = api.put("/api/probe/records/only-a", tokenA, Map.of("text", "written in A")).assertStatus(200);
        assertEquals("region_" + regionA, written.json().path("schema").asText());

        api.get("/api/probe/records/only-a", tokenA).assertStatus(200);
        api.get("/api/probe/records/only-a", tokenB).assertProblem(404, "not-found");

        assertEquals(1, Sql.count("select count(*) from region_" + regionA + ".probe_record where id = 'only-a'"));
        assertEquals(0, Sql.count("select count(*) from region_" + regionB + ".probe_record where id = 'only-a'"));
    }

    @Test
    void theSameIdStoredInBothRegionsStaysApart() {
        String tokenA = Tokens.schoolOperator(regionA, "org-1");
        String tokenB = Tokens.schoolOperator(regionB, "org-1");

        api.put("/api/probe/records/shared-id", tokenA, Map.of("text", "from A")).assertStatus(200);
        api.put("/api/probe/records/shared-id", tokenB, Map.of("text", "from B")).assertStatus(200);

        for (int round = 0; round < 5; round++) {
            Reply a = api.get("/api/probe/records/shared-id", tokenA).assertStatus(200);
            Reply b = api.get("/api/probe/records/shared-id", tokenB).assertStatus(200);
            assertEquals("from A", a.json().path("text").asText());
            assertEquals("region_" + regionA, a.json().path("schema").asText());
            assertEquals("from B", b.json().path("text").asText());
            assertEquals("region_" + regionB, b.json().path("schema").asText());
        }
        assertEquals(List.of(List.of("from A")), Sql.rows("select text from region_" + regionA + ".probe_record where id = 'shared-id'"));
        assertEquals(List.of(List.of("from B")), Sql.rows("select text from region_" + regionB + ".probe_record where id = 'shared-id'"));
    }

    @Test
    void everyAccessIsAuditedInTheRegionOfTheData() {
        String token = Tokens.schoolOperator(regionA, "org-7");
        api.put("/api/probe/records/audited", token, Map.of("text", "x")).assertStatus(200);
        api.get("/api/probe/records/audited", token).assertStatus(200);

        assertEquals(List.of(List.of("CREATE", "school-operator", "org-7"), List.of("READ", "school-operator", "org-7")),
                Sql.rows("select action, role, organization from region_" + regionA + ".audit_event where subject_id = 'audited' order by id"));
        assertEquals(0, Sql.count("select count(*) from region_" + regionB + ".audit_event where subject_id = 'audited'"));
    }

    @Test
    void aFailedWriteLeavesNeitherDataNorAudit() {
        String token = Tokens.schoolOperator(regionA, "org-1");
        api.put("/api/probe/records/too-long", token, Map.of("text", "y".repeat(201)))
                .assertProblem(400, "validation");
        assertEquals(0, Sql.count("select count(*) from region_" + regionA + ".probe_record where id = 'too-long'"));
        assertEquals(0, Sql.count("select count(*) from region_" + regionA + ".audit_event where subject_id = 'too-long'"));
    }
}
