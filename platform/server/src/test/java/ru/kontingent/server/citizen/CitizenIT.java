package ru.kontingent.server.citizen;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.kontingent.devtools.Role;
import ru.kontingent.devtools.TokenSpec;
import ru.kontingent.server.portfolio.PortfolioData;
import ru.kontingent.server.testing.AuditRows;
import ru.kontingent.server.testing.KontingentIT;
import ru.kontingent.server.testing.Regions;
import ru.kontingent.server.testing.RegistryCalls;
import ru.kontingent.server.testing.SnilsNumbers;
import ru.kontingent.server.testing.Tokens;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.kontingent.server.testing.RegistryData.aChildOf;
import static ru.kontingent.server.testing.RegistryData.anEnrollment;

/**
 * The parents' view: a parent finds its children in every region through the federal index, sees
 * each child's enrollment (and performance where the region is at stage 3), never health data and
 * never another family's child; and it sees who accessed its child's data.
 */
class CitizenIT extends KontingentIT {

    private static final String CHILDREN = "/api/citizen/children";

    private static String south;
    private static String north;
    private static RegistryCalls southRegistry;
    private static RegistryCalls northRegistry;
    private static String southSchool;
    private static String parentSnils;
    private static String southChild;
    private static String northChild;
    private static String strangerChild;

    @BeforeAll
    static void aFamilyAcrossTwoRegions() {
        south = Regions.onboard(api, "cit_s", 2);
        north = Regions.onboard(api, "cit_n", 1);
        southRegistry = new RegistryCalls(api, south);
        northRegistry = new RegistryCalls(api, north);
        southSchool = southRegistry.organization();
        String northSchool = northRegistry.organization();
        parentSnils = SnilsNumbers.next();

        southChild = southRegistry.student(southRegistry.school(southSchool), childOf(parentSnils, "Алёна", "2014-05-17"));
        southRegistry.enrolled(southRegistry.school(southSchool), southChild, anEnrollment(southSchool).with("grade", 4).build());
        northChild = northRegistry.student(northRegistry.ministry(), childOf(parentSnils, "Иван", "2017-03-02"));
        northRegistry.enrolled(northRegistry.ministry(), northChild, anEnrollment(northSchool).build());
        strangerChild = southRegistry.student(southRegistry.ministry(), childOf(SnilsNumbers.next(), "Пётр", "2015-01-20"));
    }

    private static Map<String, Object> childOf(String parent, String firstName, String birthDate) {
        return aChildOf(parent).with("firstName", firstName).with("birthDate", birthDate).build();
    }

    private static String parent(String ownRegion) {
        return Tokens.citizen(ownRegion, parentSnils);
    }

    private static Set<String> ids(JsonNode children) {
        Set<String> ids = new HashSet<>();
        children.forEach(child -> ids.add(child.path("id").asText()));
        return ids;
    }

    @Test
    void aParentSeesItsChildrenInEveryRegionAndNoOthers() {
        JsonNode children = api.get(CHILDREN, parent(north)).assertStatus(200).json();

        assertEquals(Set.of(southChild, northChild), ids(children));
        for (JsonNode child : children) {
            assertEquals(Set.of("id", "region", "lastName", "firstName", "middleName", "birthDate"), fieldNames(child));
            assertEquals(child.path("id").asText().equals(southChild) ? south : north, child.path("region").asText());
        }
        assertEquals(ids(children), ids(api.get(CHILDREN, parent(south)).assertStatus(200).json()));
    }

    @Test
    void aParentWritesItsSnilsAsItLikes() {
        String formatted = parentSnils.substring(0, 3) + "-" + parentSnils.substring(3, 6) + "-" + parentSnils.substring(6, 9)
                + " " + parentSnils.substring(9);
        assertEquals(Set.of(southChild, northChild), ids(api.get(CHILDREN, Tokens.citizen(south, formatted)).assertStatus(200).json()));
    }

    @Test
    void noSnilsOrAStrangersSnilsSeesNoChild() {
        String withoutSnils = Tokens.mint(TokenSpec.of("dev-citizen-without-snils", Role.CITIZEN).withRegion(south));
        assertEquals(0, api.get(CHILDREN, withoutSnils).assertStatus(200).json().size());
        assertEquals(0, api.get(CHILDREN, Tokens.citizen(south, SnilsNumbers.next())).assertStatus(200).json().size());
        assertEquals(0, api.get(CHILDREN, Tokens.citizen(south, "'; drop table student; --")).assertStatus(200).json().size());
        api.get(CHILDREN + "/" + southChild, withoutSnils).assertProblem(404, "not-found");
        api.get(CHILDREN + "/" + strangerChild, parent(south)).assertProblem(404, "not-found");
        api.get(CHILDREN + "/" + strangerChild + "/access-log", parent(south)).assertProblem(404, "not-found");
    }

    @Test
    void onlyACitizenUsesTheParentsView() {
        api.get(CHILDREN, southRegistry.ministry()).assertStatus(403);
        api.get(CHILDREN, Tokens.healthMinistry(south)).assertStatus(403);
        api.get(CHILDREN + "/" + southChild, southRegistry.school(southSchool)).assertStatus(403);
    }

    @Test
    void theCardShowsEnrollmentAndNeverHealthData() {
        api.put("/api/health/students/" + southChild, Tokens.healthMinistry(south), Map.of("healthGroup", "IV",
                "peGroup", "SPECIAL_A", "adaptedProgramNeeded", true, "longTermTreatmentNeeded", true)).assertStatus(201);

        JsonNode card = api.get(CHILDREN + "/" + southChild, parent(north)).assertStatus(200).json();

        assertEquals(south, card.path("region").asText());
        assertEquals("Алёна", card.path("firstName").asText());
        JsonNode enrollments = card.path("enrollments");
        assertEquals(1, enrollments.size());
        assertEquals(4, enrollments.get(0).path("grade").asInt());
        assertEquals("PRIMARY_GENERAL", enrollments.get(0).path("level").asText());
        String text = card.toString();
        for (String healthWord : List.of("healthGroup", "peGroup", "SPECIAL_A", "adaptedProgramNeeded", "longTermTreatment", "disability")) {
            assertFalse(text.contains(healthWord), () -> healthWord + " in " + text);
        }
        assertFalse(card.has("performance"), "performance is shown from stage 3 only: " + card);
    }

    @Test
    void atStageThreeTheCardShowsPerformance() {
        String region = Regions.onboard(api, "cit_p", 3);
        RegistryCalls registry = new RegistryCalls(api, region);
        String org = registry.organization();
        String school = registry.school(org);
        String mother = SnilsNumbers.next();
        String child = registry.student(school, childOf(mother, "Вера", "2012-04-04"));
        String portfolio = "/api/portfolio/students/" + child;
        api.post(portfolio + "/grades", school, PortfolioData.aGrade(2025, "Q1", "MATHEMATICS", 5)).assertStatus(201);
        api.post(portfolio + "/exam-results", school, PortfolioData.anExamResult("OGE", "RUSSIAN", 2025, 4)).assertStatus(201);

        JsonNode card = api.get(CHILDREN + "/" + child, Tokens.citizen(region, mother)).assertStatus(200).json();

        JsonNode performance = card.path("performance");
        assertEquals(1, performance.path("grades").size(), card::toString);
        assertEquals(5, performance.path("grades").get(0).path("grade").asInt());
        assertEquals("RUSSIAN", performance.path("examResults").get(0).path("subject").asText());
        assertTrue(AuditRows.about(region, child, "READ").stream()
                .anyMatch(row -> row.role().equals("citizen") && row.fields().contains("performance")));

        Regions.moveToStage(api, region, 2);
        assertFalse(api.get(CHILDREN + "/" + child, Tokens.citizen(region, mother)).assertStatus(200).json().has("performance"),
                "performance is the portfolio's: gone below stage 3, kept for when it returns");
    }

    @Test
    void everyReadIsJournaledInTheChildsRegion() {
        long northBefore = AuditRows.about(north, southChild).size();
        long readsBefore = citizenCardReads(southChild);

        api.get(CHILDREN + "/" + southChild, parent(north)).assertStatus(200);

        assertEquals(readsBefore + 1, citizenCardReads(southChild));
        assertEquals(northBefore, AuditRows.about(north, southChild).size());
    }

    @Test
    void theAccessLogShowsWhoAndWhenButNotTheStaffMembersIdentity() {
        String mother = SnilsNumbers.next();
        String child = southRegistry.student(southRegistry.school(southSchool), childOf(mother, "Мария", "2016-08-08"));
        api.get("/api/registry/students/" + child, southRegistry.ministry()).assertStatus(200);

        JsonNode log = api.get(CHILDREN + "/" + child + "/access-log", Tokens.citizen(south, mother)).assertStatus(200).json();

        List<String> roles = new ArrayList<>();
        log.path("items").forEach(entry -> {
            roles.add(entry.path("role").asText() + ":" + entry.path("action").asText());
            assertEquals(Set.of("at", "role", "organization", "action", "data"), fieldNames(entry));
        });
        assertTrue(roles.containsAll(List.of("school-operator:CREATE", "education-ministry:READ")), roles::toString);
        JsonNode byTheSchool = find(log, "school-operator");
        assertEquals(southRegistry.organizationView(southSchool).path("shortName").asText(), byTheSchool.path("organization").asText());
        assertFalse(log.toString().contains(TokenSpec.educationMinistry(south).sub()), "no staff identity in the log");
        assertTrue(AuditRows.about(south, child, "READ").stream().anyMatch(row -> row.fields().contains("access-log")));
    }

    @Test
    void aSuspendedRegionsChildrenAreOffline() {
        String region = Regions.onboard(api, "cit_z", 1);
        RegistryCalls registry = new RegistryCalls(api, region);
        String father = SnilsNumbers.next();
        String child = registry.student(registry.ministry(), childOf(father, "Олег", "2013-11-11"));
        assertEquals(Set.of(child), ids(api.get(CHILDREN, Tokens.citizen(south, father)).json()));

        api.put("/api/platform/regions/" + region + "/status", Tokens.federalOperator(), Map.of("status", "SUSPENDED")).assertStatus(200);

        assertEquals(Set.of(), ids(api.get(CHILDREN, Tokens.citizen(south, father)).assertStatus(200).json()));
        api.get(CHILDREN + "/" + child, Tokens.citizen(south, father)).assertProblem(404, "not-found");
    }

    private static long citizenCardReads(String child) {
        return AuditRows.about(south, child, "READ").stream()
                .filter(row -> row.role().equals("citizen") && row.fields().contains("enrollments")).count();
    }

    private static JsonNode find(JsonNode log, String role) {
        for (JsonNode entry : log.path("items")) {
            if (entry.path("role").asText().equals(role)) {
                return entry;
            }
        }
        throw new AssertionError("no entry by " + role + " in " + log);
    }

    private static Set<String> fieldNames(JsonNode node) {
        return RegistryCalls.fieldNames(node);
    }
}
