package ru.kontingent.server.health;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.kontingent.server.testing.AuditRows;
import ru.kontingent.server.testing.KontingentIT;
import ru.kontingent.server.testing.Regions;
import ru.kontingent.server.testing.RegistryCalls;
import ru.kontingent.server.testing.Reply;
import ru.kontingent.server.testing.Sql;
import ru.kontingent.server.testing.Tokens;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.kontingent.server.testing.RegistryCalls.fieldNames;
import static ru.kontingent.server.testing.RegistryData.anEnrollment;

/**
 * The health module (stage 2): who sees which fields, dated history with {@code asOf}, optimistic
 * locking, validation that stores nothing, stage gating that keeps the data, and the journal.
 */
class HealthIT extends KontingentIT {

    private static final Set<String> FULL = Set.of("studentId", "version", "validFrom", "healthGroup", "peGroup",
            "disability", "adaptedProgramNeeded", "longTermTreatmentNeeded", "recordedAt");
    private static final Set<String> SCHOOL_NEEDS = Set.of("studentId", "version", "validFrom", "adaptedProgramNeeded",
            "longTermTreatmentNeeded");

    private static String region;
    private static RegistryCalls registry;
    private static String school;
    private static String otherSchool;

    @BeforeAll
    static void regionAtStageTwo() {
        region = Regions.onboard(api, "hlt", 2);
        registry = new RegistryCalls(api, region);
        school = registry.organization();
        otherSchool = registry.organization();
    }

    private static String pupil() {
        String studentId = registry.student(registry.ministry());
        registry.enrolled(registry.ministry(), studentId, anEnrollment(school).build());
        return studentId;
    }

    private static String path(String studentId) {
        return "/api/health/students/" + studentId;
    }

    private static String health() {
        return Tokens.healthMinistry(region);
    }

    static Map<String, Object> aRecord(String healthGroup, String validFrom) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("healthGroup", healthGroup);
        record.put("peGroup", "PREPARATORY");
        record.put("disability", null);
        record.put("adaptedProgramNeeded", true);
        record.put("longTermTreatmentNeeded", false);
        record.put("validFrom", validFrom);
        return record;
    }

    private static long rows(String studentId) {
        return Sql.count("select count(*) from region_" + region + ".health_record where student_id = ?::uuid", studentId);
    }

    @Test
    void theHealthMinistryRecordsAndReadsTheWholeRecord() {
        String student = pupil();
        Map<String, Object> record = aRecord("III", "2024-02-01");
        record.put("disability", Map.of("category", "CHILD_WITH_DISABILITY", "reason", "CONGENITAL", "from", "2020-01-15"));

        Reply created = api.put(path(student), health(), record).assertStatus(201);
        assertEquals("\"1\"", created.header("ETag"));
        JsonNode shown = api.get(path(student), health()).assertStatus(200).json();

        assertEquals(FULL, fieldNames(shown));
        assertEquals("III", shown.path("healthGroup").asText());
        assertEquals("PREPARATORY", shown.path("peGroup").asText());
        assertEquals("CONGENITAL", shown.path("disability").path("reason").asText());
        assertEquals("2020-01-15", shown.path("disability").path("from").asText());
        assertEquals("2024-02-01", shown.path("validFrom").asText());
        assertEquals(1, rows(student));
    }

    @Test
    void schoolsAndTheEducationMinistrySeeOnlyTheNeedsASchoolMustKnow() {
        String student = pupil();
        api.put(path(student), health(), aRecord("IV", "2024-02-01")).assertStatus(201);

        JsonNode bySchool = api.get(path(student), registry.school(school)).assertStatus(200).json();
        JsonNode byMinistry = api.get(path(student), registry.ministry()).assertStatus(200).json();

        assertEquals(SCHOOL_NEEDS, fieldNames(bySchool));
        assertEquals(SCHOOL_NEEDS, fieldNames(byMinistry));
        assertTrue(bySchool.path("adaptedProgramNeeded").asBoolean());
        assertEquals(SCHOOL_NEEDS, fieldNames(api.get(path(student) + "/history", registry.school(school))
                .assertStatus(200).json().get(0)));
    }

    @Test
    void everyoneElseIsRefused() {
        String student = pupil();
        api.put(path(student), health(), aRecord("II", "2024-02-01")).assertStatus(201);

        api.get(path(student), registry.school(otherSchool)).assertProblem(403, "forbidden");
        api.get(path(student), Tokens.regionalAdmin(region)).assertStatus(403);
        api.get(path(student), Tokens.citizen(region, "11223344595")).assertStatus(403);
        api.put(path(student), registry.ministry(), aRecord("I", "2024-03-01")).assertStatus(403);
        api.put(path(student), registry.school(school), aRecord("I", "2024-03-01")).assertStatus(403);
        assertEquals(1, rows(student));
    }

    @Test
    void historyIsKeptAndAsOfShowsThePast() {
        String student = pupil();
        api.put(path(student), health(), aRecord("II", "2023-01-10")).assertStatus(201);
        api.putIfMatch(path(student), health(), "\"1\"", aRecord("III", "2024-03-01")).assertStatus(200);
        // A correction dated back between the two: the history says when it was in force, not when it was typed.
        api.putIfMatch(path(student), health(), "\"2\"", aRecord("I", "2023-09-01")).assertStatus(200);

        assertEquals("III", api.get(path(student), health()).json().path("healthGroup").asText());
        assertEquals("II", api.get(path(student) + "?asOf=2023-06-01", health()).json().path("healthGroup").asText());
        assertEquals("I", api.get(path(student) + "?asOf=2023-12-31", health()).json().path("healthGroup").asText());
        api.get(path(student) + "?asOf=2022-12-31", health()).assertProblem(404, "not-found");
        api.get(path(student) + "?asOf=2023-02-30", health()).assertInvalid("asOf");

        JsonNode history = api.get(path(student) + "/history", health()).assertStatus(200).json();
        assertEquals(List.of("2024-03-01", "2023-09-01", "2023-01-10"),
                List.of(history.get(0).path("validFrom").asText(), history.get(1).path("validFrom").asText(),
                        history.get(2).path("validFrom").asText()));
        assertEquals(3, rows(student));
    }

    @Test
    void anUpdateNamesTheVersionItIsBasedOn() {
        String student = pupil();
        api.put(path(student), health(), aRecord("II", "2023-01-10")).assertStatus(201);

        api.put(path(student), health(), aRecord("III", "2024-01-10")).assertProblem(428, "if-match-required");
        api.putIfMatch(path(student), health(), "\"7\"", aRecord("III", "2024-01-10")).assertProblem(412, "stale-version");
        assertEquals(1, rows(student));
        api.putIfMatch(path(student), health(), "\"1\"", aRecord("III", "2024-01-10")).assertStatus(200);
        api.putIfMatch(path(student), health(), "\"1\"", aRecord("IV", "2024-02-10")).assertProblem(412, "stale-version");
        assertEquals(2, rows(student));
    }

    @Test
    void badInputListsEveryFieldAndStoresNothing() {
        String student = pupil();
        Map<String, Object> bad = aRecord("VI", LocalDate.now().plusDays(3).toString());
        bad.remove("peGroup");
        bad.put("adaptedProgramNeeded", "yes");
        bad.put("disability", Map.of("category", "CHILD_WITH_DISABILITY", "reason", "BAD_LUCK"));

        Reply refused = api.put(path(student), health(), bad).assertStatus(400);
        assertTrue(refused.errorFields().containsAll(List.of("healthGroup", "peGroup", "adaptedProgramNeeded", "disability.reason")),
                refused.body());

        Map<String, Object> badDates = aRecord("II", LocalDate.now().plusDays(3).toString());
        badDates.put("disability", Map.of("category", "CHILD_WITH_DISABILITY", "reason", "DISEASE",
                "from", "2022-05-01", "to", "2021-05-01"));
        api.put(path(student), health(), badDates).assertInvalid("validFrom", "disability.to");
        assertEquals(0, rows(student));
    }

    @Test
    void aStudentOfAnotherRegionIsNotFound() {
        String student = pupil();
        api.put(path(student), health(), aRecord("II", "2023-01-10")).assertStatus(201);
        String other = Regions.onboard(api, "hlt_x", 2);

        api.get(path(student), Tokens.healthMinistry(other)).assertProblem(404, "not-found");
        api.put(path(student), Tokens.healthMinistry(other), aRecord("I", "2023-01-10")).assertProblem(404, "not-found");
        api.get(path("not-a-uuid"), health()).assertProblem(404, "not-found");
        assertEquals(1, rows(student));
    }

    @Test
    void everyReadAndWriteIsJournaledWithTheFieldsShown() {
        String student = pupil();
        api.put(path(student), health(), aRecord("II", "2023-01-10")).assertStatus(201);
        api.get(path(student), registry.school(school)).assertStatus(200);

        List<AuditRows.Row> created = AuditRows.about(region, student, "CREATE").stream()
                .filter(row -> row.role().equals("health-ministry")).toList();
        assertEquals(1, created.size());
        assertEquals(FULL, created.get(0).fields());
        List<AuditRows.Row> readBySchool = AuditRows.about(region, student, "READ").stream()
                .filter(row -> row.role().equals("school-operator")).toList();
        assertEquals(1, readBySchool.size());
        assertEquals(SCHOOL_NEEDS, readBySchool.get(0).fields());
        assertEquals(school, readBySchool.get(0).organization());
    }

    @Test
    void theModuleFollowsTheStageAndKeepsItsData() {
        String staged = Regions.onboard(api, "hlt_s", 1);
        RegistryCalls local = new RegistryCalls(api, staged);
        String student = local.student(local.ministry());
        String token = Tokens.healthMinistry(staged);

        api.put(path(student), token, aRecord("II", "2023-01-10")).assertProblem(403, "module-disabled");
        Regions.moveToStage(api, staged, 2);
        api.put(path(student), token, aRecord("II", "2023-01-10")).assertStatus(201);
        JsonNode before = api.get(path(student), token).assertStatus(200).json();

        Regions.moveToStage(api, staged, 1);
        api.get(path(student), token).assertProblem(403, "module-disabled");
        assertEquals(1, Sql.count("select count(*) from region_" + staged + ".health_record"));

        Regions.moveToStage(api, staged, 2);
        assertEquals(before, api.get(path(student), token).assertStatus(200).json());
    }
}
