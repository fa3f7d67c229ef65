package ru.kontingent.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.kontingent.devtools.Role;
import ru.kontingent.devtools.TokenSpec;
import ru.kontingent.server.testing.AuditRows;
import ru.kontingent.server.testing.KontingentIT;
import ru.kontingent.server.testing.Regions;
import ru.kontingent.server.testing.Tokens;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code GET /api/me}: the caller's own claims, for any role, with no region bound and nothing journaled. */
class CallerIT extends KontingentIT {

    private static final String ME = "/api/me";
    private static String region;

    @BeforeAll
    static void region() {
        region = Regions.onboard(api, "caller", 1);
    }

    @Test
    void aSchoolOperatorSeesItsRegionAndOrganization() {
        String org = "3f2a1c4e-0000-4000-8000-000000000001";
        JsonNode me = api.get(ME, Tokens.mint(TokenSpec.schoolOperator(region, org))).assertStatus(200).json();
        assertEquals(List.of("organization", "region", "roles", "subject"), fieldNames(me));
        assertEquals(region, me.path("region").asText());
        assertEquals(org, me.path("organization").asText());
        assertEquals("[\"school-operator\"]", me.path("roles").toString());
        assertFalse(me.path("subject").asText().isBlank());
    }

    @Test
    void theFederalOperatorHasNoRegionAndNeedsNone() {
        JsonNode me = api.get(ME, Tokens.federalOperator()).assertStatus(200).json();
        assertTrue(me.path("region").isNull(), me::toString);
        assertTrue(me.path("organization").isNull(), me::toString);
        assertEquals("[\"federal-operator\"]", me.path("roles").toString());
    }

    @Test
    void theSubjectIsTheTokensAndRolesAreSorted() {
        String token = Tokens.mint(TokenSpec.of("console-user-7", Role.REGIONAL_ADMIN, Role.EDUCATION_MINISTRY)
                .withRegion(region));
        JsonNode me = api.get(ME, token).assertStatus(200).json();
        assertEquals("console-user-7", me.path("subject").asText());
        assertEquals("[\"education-ministry\",\"regional-admin\"]", me.path("roles").toString());
    }

    /**
     * The {@code snils} claim is personal data: the answer leaves it out (the subject is the token's
     * own, opaque for a portal user), and nothing is journaled.
     */
    @Test
    void aCitizenSeesNoSnilsAndNoAuditEventIsWritten() {
        long before = AuditRows.total(region);
        String token = Tokens.mint(TokenSpec.citizen(region, "112-233-445 95").withSub("esia-4711"));
        String body = api.get(ME, token).assertStatus(200).body();
        assertEquals("esia-4711", api.get(ME, token).json().path("subject").asText());
        assertFalse(body.contains("112-233-445") || body.contains("11223344595"), body);
        assertEquals(before, AuditRows.total(region));
    }

    /** The region is not bound here: a suspended region's token still learns who it is, and no more. */
    @Test
    void aSuspendedRegionsTokenStillReadsItsOwnClaims() {
        String suspended = Regions.onboard(api, "callersusp", 1);
        api.put("/api/platform/regions/" + suspended + "/status", Tokens.federalOperator(), Map.of("status", "SUSPENDED"))
                .assertStatus(200);
        String token = Tokens.educationMinistry(suspended);
        assertEquals(suspended, api.get(ME, token).assertStatus(200).json().path("region").asText());
        api.get("/api/registry/organizations", token).assertProblem(403, "region-unavailable");
    }

    @Test
    void noTokenOrNoRoleIsRefused() {
        api.get(ME, null).assertProblem(401, "unauthorized");
        api.get(ME, Tokens.mint(TokenSpec.of("nobody").withRegion(region))).assertProblem(403, "forbidden");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        names.sort(null);
        return names;
    }
}
