package ru.kontingent.server;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.kontingent.server.testing.KontingentIT;
import ru.kontingent.server.testing.Regions;
import ru.kontingent.server.testing.Sql;
import ru.kontingent.server.testing.Tokens;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bad input of every kind: problem+json with the bad fields, never a 500, nothing stored. */
class ProblemResponsesIT extends KontingentIT {

    private static String region;
    private static String token;

    @BeforeAll
    static void region() {
        region = Regions.onboard(api, "prob", 1);
        token = Tokens.educationMinistry(region);
    }

    @Test
    void malformedJson() {
        api.send("PUT", "/api/probe/records/m", token, "application/json", "{\"text\": ").assertProblem(400, "malformed-json");
        api.send("PUT", "/api/probe/records/m", token, "application/json", "[1, 2]").assertProblem(400, "malformed-json");
        api.send("PUT", "/api/probe/records/m", token, "application/json", "{\"text\": \"a\"} trailing").assertProblem(400, "malformed-json");
        assertEquals(0, Sql.count("select count(*) from region_" + region + ".probe_record where id = 'm'"));
    }

    @Test
    void unknownFieldIsNamed() {
        assertEquals(List.of("colour"),
                api.put("/api/probe/records/u", token, Map.of("text", "ok", "colour", "red")).assertProblem(400, "validation").errorFields());
    }

    @Test
    void wrongTypeIsNamed() {
        assertEquals(List.of("text"),
                api.put("/api/probe/records/t", token, Map.of("text", List.of("an", "array"))).assertProblem(400, "validation").errorFields());
    }

    @Test
    void everyBadFieldIsListed() {
        assertEquals(List.of("tag", "text"),
                api.put("/api/probe/records/e", token, Map.of("text", "", "tag", "far-too-long-tag")).assertProblem(400, "validation").errorFields());
    }

    @Test
    void missingBody() {
        api.send("PUT", "/api/probe/records/b", token, "application/json", null).assertProblem(400, "validation");
    }

    @Test
    void wrongMediaType() {
        api.send("PUT", "/api/probe/records/w", token, "text/plain", "text=1").assertProblem(415, "unsupported-media-type");
        api.send("PUT", "/api/probe/records/w", token, "application/xml", "<text/>").assertProblem(415, "unsupported-media-type");
    }

    @Test
    void oversizedBody() {
        String big = "{\"text\": \"" + "x".repeat(1_100_000) + "\"}";
        api.send("PUT", "/api/probe/records/big", token, "application/json", big).assertProblem(413, "payload-too-large");
        assertEquals(0, Sql.count("select count(*) from region_" + region + ".probe_record where id = 'big'"));
    }

    @Test
    void unknownPathAndMethod() {
        api.get("/api/no-such-thing", token).assertProblem(404, "not-found");
        api.send("DELETE", "/api/probe/records/x", token, null, null).assertProblem(405, "method-not-allowed");
    }

    @Test
    void unknownObjectIsNotFound() {
        api.get("/api/probe/records/never-written", token).assertProblem(404, "not-found");
    }
}
