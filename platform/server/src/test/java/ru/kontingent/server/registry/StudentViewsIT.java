package ru.kontingent.server.registry;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.kontingent.server.testing.AuditRows;
import ru.kontingent.server.testing.JsonFields;
import ru.kontingent.server.testing.KontingentIT;
import ru.kontingent.server.testing.Regions;
import ru.kontingent.server.testing.Reply;
import ru.kontingent.server.testing.SnilsNumbers;
import ru.kontingent.server.testing.Sql;
import ru.kontingent.server.testing.Tokens;
import ru.kontingent.server.testing.UniqueWords;
import ru.kontingent.server.testing.Updates;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.kontingent.server.registry.StudentRegistryIT.FULL_VIEW;
import static ru.kontingent.server.registry.StudentRegistryIT.STUDENTS;
import static ru.kontingent.server.registry.StudentRegistryIT.digits;
import static ru.kontingent.server.registry.StudentRegistryIT.enc;
import static ru.kontingent.server.registry.StudentRegistryIT.ids;
import static ru.kontingent.server.registry.StudentRegistryIT.search;
import static ru.kontingent.server.testing.RegistryData.aRepresentative;
import static ru.kontingent.server.testing.RegistryData.aStudent;
import static ru.kontingent.server.testing.RegistryData.anEnrollment;
import static ru.kontingent.server.testing.RegistryData.anOrganization;

/**
 * What each role sees of a student (RegistryFieldPolicies) and which students it sees at all: a
 * school its own (registered by it or actively enrolled in it), a ministry the region, a parent
 * its own child, the administrators none. Every view is journaled with exactly the fields shown.
 */
class StudentViewsIT extends KontingentIT {

    private static final Set<String> HEALTH_VIEW = Set.of("id", "lastName", "firstName", "middleName", "birthDate", "snils");
    private static final Set<String> CITIZEN_VIEW = Set.of("id", "lastName", "firstName", "middleName", "birthDate", "sex");

    private static String region;
    private static String ministry;
    private static String orgOne;
    private static String orgTwo;
    private static String schoolOne;
    private static String schoolTwo;

    @BeforeAll
    static void aRegionWithTwoSchools() {
        region = Regions.onboard(api, "view", 1);
        ministry = Tokens.educationMinistry(region);
        orgOne = api.post("/api/registry/organizations", ministry, anOrganization().build()).assertStatus(201).json().path("id").asText();
        orgTwo = api.post("/api/registry/organizations", ministry, anOrganization().build()).assertStatus(201).json().path("id").asText();
        schoolOne = Tokens.schoolOperator(region, orgOne);
        schoolTwo = Tokens.schoolOperator(region, orgTwo);
    }

    @Test
    void theMinistryAndTheRegisteringSchoolSeeEveryField() {
        Child child = registeredBy(schoolOne);

        for (String token : List.of(ministry, schoolOne)) {
            JsonNode seen = api.get(STUDENTS + "/" + child.id, token).assertStatus(200).json();
            assertEquals(FULL_VIEW, JsonFields.of(seen));
            assertEquals(child.snils, seen.path("snils").asText());
            assertEquals("654321", seen.path("identityDocument").path("number").asText());
            assertEquals(child.parentSnils, seen.path("representatives").get(0).path("snils").asText());
        }
        List<AuditRows.Row> reads = AuditRows.about(region, child.id, "READ");
        assertEquals(List.of(new AuditRows.Row("READ", "education-ministry", null, "student", child.id, FULL_VIEW),
                new AuditRows.Row("READ", "school-operator", orgOne, "student", child.id, FULL_VIEW)), reads);
    }

    @Test
    void theHealthMinistrySeesOnlyWhoTheChildIs() {
        Child child = registeredBy(schoolOne);
        String health = Tokens.healthMinistry(region);

        Reply read = api.get(STUDENTS + "/" + child.id, health).assertStatus(200);
        JsonNode seen = read.json();
        assertEquals(HEALTH_VIEW, JsonFields.of(seen));
        assertEquals(child.id, seen.path("id").asText());
        assertEquals(child.surname, seen.path("lastName").asText());
        assertEquals(child.snils, seen.path("snils").asText());
        assertFalse(read.body().contains(child.parentSnils), "no representative data");
        assertFalse(read.body().contains("Пушкинская"), "no address");

        JsonNode lookup = api.get(STUDENTS + "?snils=" + enc(child.snils), health).assertStatus(200).json();
        assertEquals(HEALTH_VIEW, JsonFields.of(lookup.path("items").get(0)));
        JsonNode found = search(child.surname, null, health);
        assertEquals(Set.of(child.id), ids(found));
        assertEquals(HEALTH_VIEW, JsonFields.of(found.path("items").get(0)));

        assertEquals(List.of(new AuditRows.Row("READ", "health-ministry", null, "student", child.id, HEALTH_VIEW),
                        new AuditRows.Row("SEARCH", "health-ministry", null, "student", child.id, HEALTH_VIEW),
                        new AuditRows.Row("SEARCH", "health-ministry", null, "student", child.id, HEALTH_VIEW)),
                AuditRows.about(region, child.id).stream().filter(row -> row.role().equals("health-ministry")).toList());

        // The health ministry reads; it does not write the registry.
        Updates.putIfMatch(api, STUDENTS + "/" + child.id, health, "\"0\"", aStudent().with("snils", child.snils).build())
                .assertProblem(403, "forbidden");
        String snils = SnilsNumbers.next();
        api.post(STUDENTS, health, aStudent().with("snils", snils).build()).assertProblem(403, "forbidden");
        assertEquals(0, Sql.count("select count(*) from region_" + region + ".student where snils = ?", digits(snils)));
        assertEquals(List.of(List.of(0L)), Sql.rows("select version from region_" + region + ".student where id = ?::uuid", child.id));
    }

    @Test
    void aRepresentativeSeesItsChildAndNoOneElsesAsACitizen() {
        Child child = registeredBy(schoolOne);

        Reply read = api.get(STUDENTS + "/" + child.id, Tokens.citizen(region, child.parentSnils)).assertStatus(200);
        JsonNode seen = read.json();
        assertEquals(CITIZEN_VIEW, JsonFields.of(seen));
        assertEquals(child.surname, seen.path("lastName").asText());
        assertEquals("F", seen.path("sex").asText());
        assertEquals("2014-05-17", seen.path("birthDate").asText());
        assertFalse(read.body().contains(child.snils), "a parent is not shown the SNILS through this view");
        assertEquals(List.of(new AuditRows.Row("READ", "citizen", null, "student", child.id, CITIZEN_VIEW)),
                AuditRows.about(region, child.id, "READ"));

        api.get(STUDENTS + "/" + child.id, Tokens.citizen(region, SnilsNumbers.next())).assertProblem(404, "not-found");
        api.get(STUDENTS + "/" + child.id, Tokens.citizen(region, child.snils)).assertProblem(404, "not-found");
        assertEquals(1, AuditRows.about(region, child.id, "READ").size(), "a refused read is not journaled");

        api.get(STUDENTS + "?q=" + enc(child.surname), Tokens.citizen(region, child.parentSnils)).assertProblem(403, "forbidden");
    }

    @Test
    void theAdministratorsSeeNoStudents() {
        Child child = registeredBy(schoolOne);
        long journal = AuditRows.total(region);

        for (String token : List.of(Tokens.regionalAdmin(region), Tokens.federalOperator())) {
            assertRefused(api.get(STUDENTS + "/" + child.id, token), child);
            assertRefused(api.get(STUDENTS + "?snils=" + enc(child.snils), token), child);
            assertRefused(api.get(STUDENTS + "?q=" + enc(child.surname), token), child);
            assertRefused(Updates.putIfMatch(api, STUDENTS + "/" + child.id, token, "\"0\"",
                    aStudent().with("snils", child.snils).with("lastName", "Другая").build()), child);
            String snils = SnilsNumbers.next();
            assertRefused(api.post(STUDENTS, token, aStudent().with("snils", snils).build()), child);
            assertEquals(0, Sql.count("select count(*) from region_" + region + ".student where snils = ?", digits(snils)));
        }
        api.get(STUDENTS + "/" + child.id, Tokens.regionalAdmin(region)).assertProblem(403, "forbidden");
        assertEquals(List.of(List.of(child.surname, 0L)),
                Sql.rows("select last_name, version from region_" + region + ".student where id = ?::uuid", child.id));
        assertEquals(journal, AuditRows.total(region), "a refused call is not journaled");
    }

    @Test
    void anotherSchoolIsRefusedTheStudentAndDoesNotFindIt() {
        Child child = registeredBy(schoolOne);
        long journal = AuditRows.total(region);

        Reply read = api.get(STUDENTS + "/" + child.id, schoolTwo).assertProblem(403, "forbidden");
        assertFalse(read.body().contains(child.surname), read::body);
        Updates.putIfMatch(api, STUDENTS + "/" + child.id, schoolTwo, "\"0\"",
                aStudent().with("snils", child.snils).with("lastName", "Захватова").build()).assertProblem(403, "forbidden");
        assertEquals(List.of(List.of(child.surname, 0L)),
                Sql.rows("select last_name, version from region_" + region + ".student where id = ?::uuid", child.id));

        JsonNode found = search(child.surname, null, schoolTwo);
        assertEquals(0, found.path("total").asLong());
        assertEquals(0, found.path("items").size());
        assertEquals(0, api.get(STUDENTS + "?snils=" + enc(child.snils), schoolTwo).assertStatus(200).json().path("items").size());
        assertEquals(Set.of(child.id), ids(search(child.surname, null, schoolOne)), "the own school does find it");

        assertEquals(0, Sql.count("select count(*) from region_" + region + ".audit_event where organization = ?", orgTwo));
        assertEquals(journal + 1, AuditRows.total(region), "only the own school's search is journaled");
    }

    @Test
    void anActiveEnrollmentOpensTheStudentToTheEnrollingSchool() {
        Child child = registeredBy(schoolOne);
        String duplicateSnils = child.snils;
        Reply hidden = api.post(STUDENTS, schoolTwo, aStudent().with("snils", duplicateSnils).build()).assertProblem(409, "duplicate-snils");
        assertTrue(hidden.json().path("existingId").isMissingNode(), hidden::body);

        api.post(STUDENTS + "/" + child.id + "/enrollments", ministry, anEnrollment(orgTwo).build()).assertStatus(201);

        JsonNode seen = api.get(STUDENTS + "/" + child.id, schoolTwo).assertStatus(200).json();
        assertEquals(FULL_VIEW, JsonFields.of(seen));
        assertEquals(Set.of(child.id), ids(search(child.surname, null, schoolTwo)));
        assertEquals(1, api.get(STUDENTS + "?snils=" + enc(child.snils), schoolTwo).assertStatus(200).json().path("items").size());
        Reply visible = api.post(STUDENTS, schoolTwo, aStudent().with("snils", duplicateSnils).build()).assertProblem(409, "duplicate-snils");
        assertEquals(child.id, visible.json().path("existingId").asText());

        Reply corrected = Updates.putIfMatch(api, STUDENTS + "/" + child.id, schoolTwo, "\"0\"",
                aStudent().with("snils", child.snils).with("lastName", child.surname).with("birthPlace", "г. Азов").build())
                .assertStatus(200);
        assertEquals("г. Азов", corrected.json().path("birthPlace").asText());
        assertEquals(List.of(new AuditRows.Row("UPDATE", "school-operator", orgTwo, "student", child.id, FULL_VIEW)),
                AuditRows.about(region, child.id, "UPDATE"));

        // The registering school keeps seeing the child it registered.
        api.get(STUDENTS + "/" + child.id, schoolOne).assertStatus(200);
    }

    @Test
    void aStudentTheMinistryRegisteredIsAnySchoolsOnlyWhileEnrolledThere() {
        String surname = UniqueWords.surname("Министерская");
        String id = api.post(STUDENTS, ministry, aStudent().with("lastName", surname).build()).assertStatus(201).json().path("id").asText();

        api.get(STUDENTS + "/" + id, schoolOne).assertProblem(403, "forbidden");
        assertEquals(Set.of(), ids(search(surname, null, schoolOne)));

        JsonNode enrollment = api.post(STUDENTS + "/" + id + "/enrollments", ministry, anEnrollment(orgOne).build()).assertStatus(201).json();
        api.get(STUDENTS + "/" + id, schoolOne).assertStatus(200);
        assertEquals(Set.of(id), ids(search(surname, null, schoolOne)));
        api.get(STUDENTS + "/" + id, schoolTwo).assertProblem(403, "forbidden");

        api.post(STUDENTS + "/" + id + "/enrollments/" + enrollment.path("id").asText() + "/end", ministry,
                Map.of("endDate", "2024-05-31", "reason", "MOVED_ABROAD")).assertStatus(200);
        api.get(STUDENTS + "/" + id, schoolOne).assertProblem(403, "forbidden");
        assertEquals(Set.of(), ids(search(surname, null, schoolOne)), "an ended enrollment opens nothing");
    }

    private static void assertRefused(Reply reply, Child child) {
        assertEquals(403, reply.status(), reply::body);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::contentType);
        assertFalse(reply.body().contains(child.surname), reply::body);
    }

    /** A child registered by the given school with one representative, under a surname no one else has. */
    private static Child registeredBy(String school) {
        String surname = UniqueWords.surname("Смирнова");
        String parentSnils = SnilsNumbers.next();
        Map<String, Object> input = aStudent().with("lastName", surname)
                .with("representatives", List.of(aRepresentative().with("snils", parentSnils).build())).build();
        String id = api.post(STUDENTS, school, input).assertStatus(201).json().path("id").asText();
        return new Child(id, surname, (String) input.get("snils"), parentSnils);
    }

    private record Child(String id, String surname, String snils, String parentSnils) {
    }
}
