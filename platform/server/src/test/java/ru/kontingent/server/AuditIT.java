package ru.kontingent.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.kontingent.server.testing.KontingentIT;
import ru.kontingent.server.testing.Regions;
import ru.kontingent.server.testing.Sql;
import ru.kontingent.server.testing.Tokens;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The region's journal: append-only in the database, filtered and paged for the regional admin. */
class AuditIT extends KontingentIT {

    private static String region;
    private static String admin;

    @BeforeAll
    static void journal() {
        region = Regions.onboard(api, "aud", 1);
        admin = Tokens.regionalAdmin(region);
        for (int i = 0; i < 3; i++) {
            api.put("/api/probe/records/a" + i, Tokens.schoolOperator(region, "org-1"), Map.of("text", "x")).assertStatus(200);
        }
        api.get("/api/probe/records/a0", Tokens.educationMinistry(region)).assertStatus(200);
    }

    @Test
    void theDatabaseRefusesToRewriteOrEraseTheJournal() {
        String table = "region_" + region + ".audit_event";
        long before = Sql.count("select count(*) from " + table);
        IllegalStateException update = assertThrows(IllegalStateException.class,
                () -> Sql.execute("update " + table + " set actor = 'nobody'"));
        assertTrue(update.getCause().getMessage().contains("append-only"), update.getCause().getMessage());
        assertThrows(IllegalStateException.class, () -> Sql.execute("delete from " + table));
        assertEquals(before, Sql.count("select count(*) from " + table));
        assertEquals(0, Sql.count("select count(*) from " + table + " where actor = 'nobody'"));
    }

    @Test
    void filtersBySubjectActorAndDatesWithPaging() {
        JsonNode bySubject = api.get("/api/audit?subject=a0", admin).assertStatus(200).json();
        assertEquals(2, bySubject.path("total").asInt());
        assertEquals("READ", bySubject.path("items").get(0).path("action").asText(), "newest first");

        JsonNode byActor = api.get("/api/audit?actor=dev-education-ministry-" + region, admin).assertStatus(200).json();
        assertEquals(1, byActor.path("total").asInt());

        JsonNode paged = api.get("/api/audit?size=2&page=1", admin).assertStatus(200).json();
        assertEquals(4, paged.path("total").asInt());
        assertEquals(2, paged.path("items").size());

        String tomorrow = LocalDate.now().plusDays(1).toString();
        assertEquals(0, api.get("/api/audit?from=" + tomorrow, admin).json().path("total").asInt());
        assertEquals(4, api.get("/api/audit?to=" + tomorrow, admin).json().path("total").asInt());
        api.get("/api/audit?from=yesterday", admin).assertProblem(400, "validation");
        api.get("/api/audit?size=0", admin).assertProblem(400, "validation");
    }
}
