package ru.kontingent.server.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.kontingent.server.portfolio.PortfolioData;
import ru.kontingent.server.testing.AuditRows;
import ru.kontingent.server.testing.KontingentIT;
import ru.kontingent.server.testing.Regions;
import ru.kontingent.server.testing.RegistryCalls;
import ru.kontingent.server.testing.Sql;
import ru.kontingent.server.testing.Tokens;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.kontingent.server.testing.RegistryData.aStudent;
import static ru.kontingent.server.testing.RegistryData.anEnrollment;

/**
 * Duplicate merge (issue 10, part 3) in a region at stage 3, so health and portfolio take part:
 * every child record moves, the duplicate leaves every list, the undo restores both students'
 * records exactly, a later change blocks the undo, a conflict changes nothing, and only the
 * education ministry of the region may merge; every step is journaled for both students.
 */
class MergeIT extends KontingentIT {

    private static String region;
    private static RegistryCalls registry;
    private static String schoolA;
    private static String schoolB;

    @BeforeAll
    static void regionAtStageThree() {
        region = Regions.onboard(api, "mrg", 3);
        registry = new RegistryCalls(api, region);
        schoolA = registry.organization();
        schoolB = registry.organization();
    }

    @Test
    void mergeMovesEveryRecordAndUndoRestoresBothStudentsExactly() {
        String name = "Слияние" + System.nanoTime() % 100_000;
        String kept = twin(name);
        String duplicate = twin(name);
        // The kept record: at school A now, one health record, portfolio of school A.
        registry.enrolled(registry.ministry(), kept, basic(schoolA, "2023-09-01", 5));
        api.put(health(kept), Tokens.healthMinistry(region), healthRecord("II", "2024-01-10")).assertStatus(201);
        api.post(portfolio(kept) + "/achievements", registry.school(schoolA), PortfolioData.anAchievement()).assertStatus(201);
        api.post(portfolio(kept) + "/grades", registry.school(schoolA), PortfolioData.aGrade(2024, "Q1", "MATHEMATICS", 5)).assertStatus(201);
        // The duplicate: school B earlier (ended), an additional program now, its own health history and portfolio.
        String earlier = registry.enrolled(registry.ministry(), duplicate, basic(schoolB, "2019-09-01", 1));
        registry.end(registry.ministry(), duplicate, earlier, "2023-06-30", "TRANSFERRED").assertStatus(200);
        registry.enrolled(registry.ministry(), duplicate, additional(schoolB));
        api.put(health(duplicate), Tokens.healthMinistry(region), healthRecord("III", "2023-02-01")).assertStatus(201);
        api.putIfMatch(health(duplicate), Tokens.healthMinistry(region), "\"1\"", healthRecord("I", "2023-05-01")).assertStatus(200);
        String school = registry.school(schoolB);
        api.post(portfolio(duplicate) + "/achievements", school, PortfolioData.anAchievement()).assertStatus(201);
        api.post(portfolio(duplicate) + "/exam-results", school, PortfolioData.anExamResult("OGE", "RUSSIAN", 2024, 5)).assertStatus(201);
        api.post(portfolio(duplicate) + "/grades", school, PortfolioData.aGrade(2024, "Q1", "RUSSIAN", 4)).assertStatus(201);
        api.put(portfolio(duplicate) + "/certificate", school,
                PortfolioData.aCertificate("BASIC_GENERAL", "2024-06-20", "RUSSIAN", 5, "MATHEMATICS", 4)).assertStatus(201);
        assertEquals(Set.of(kept, duplicate), candidates(name));
        long indexRowsOfDuplicate = indexRows(duplicate);
        assertEquals(3, indexRowsOfDuplicate, "two enrollments and one representative");
        Map<String, JsonNode> keptBefore = records(kept);
        Map<String, JsonNode> duplicateBefore = records(duplicate);
        long versionBefore = card(duplicate).path("version").asLong();

        var reply = api.post(mergePath(kept), registry.ministry(), Map.of("duplicateId", duplicate)).assertStatus(201);

        JsonNode merge = reply.json();
        String mergeId = merge.path("id").asText();
        assertEquals("/api/registry/merges/" + mergeId, java.net.URI.create(reply.header("Location")).getPath());
        assertEquals(kept, merge.path("keptId").asText());
        assertEquals(duplicate, merge.path("duplicateId").asText());
        assertEquals("MERGED", merge.path("state").asText());
        assertEquals(Map.of("enrollments", 2, "healthRecords", 2, "achievements", 1, "examResults", 1, "grades", 1,
                "certificates", 1), counts(merge.path("moved")));
        // Every record is the kept student's now.
        assertEquals(3, registry.enrollments(registry.ministry(), kept).assertStatus(200).json().size());
        JsonNode history = api.get(health(kept) + "/history", Tokens.healthMinistry(region)).assertStatus(200).json();
        assertEquals(List.of("2024-01-10:1", "2023-05-01:3", "2023-02-01:2"), validityAndVersion(history),
                "the duplicate's versions follow the kept history's");
        assertEquals("II", api.get(health(kept), Tokens.healthMinistry(region)).json().path("healthGroup").asText());
        assertEquals(2, api.get(portfolio(kept) + "/achievements", registry.ministry()).json().size());
        assertEquals(1, api.get(portfolio(kept) + "/exam-results", registry.ministry()).json().size());
        assertEquals(2, api.get(portfolio(kept) + "/grades", registry.ministry()).json().size());
        assertEquals(kept, api.get(portfolio(kept) + "/certificate", registry.ministry()).assertStatus(200).json().path("studentId").asText());
        for (String table : List.of("enrollment", "health_record", "achievement", "exam_result", "grade", "certificate")) {
            assertEquals(0, Sql.count("select count(*) from region_" + region + "." + table + " where student_id = ?::uuid", duplicate), table);
        }
        // The duplicate is gone from every list and every other role; the ministry learns where the child is.
        assertEquals(Set.of(), candidates(name));
        assertEquals(Set.of(kept), found("/api/registry/students?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)));
        JsonNode mergedCard = api.get("/api/registry/students/" + duplicate, registry.ministry()).assertStatus(200).json();
        assertEquals(kept, mergedCard.path("mergedInto").asText());
        assertEquals(mergeId, mergedCard.path("mergeId").asText());
        api.get("/api/registry/students/" + duplicate, Tokens.healthMinistry(region)).assertProblem(404, "not-found");
        api.get("/api/registry/students/" + duplicate, registry.school(schoolB)).assertProblem(404, "not-found");
        registry.enrollments(registry.ministry(), duplicate).assertProblem(409, "student-merged");
        api.get(health(duplicate), Tokens.healthMinistry(region)).assertProblem(404, "not-found");
        api.get(portfolio(duplicate) + "/achievements", registry.ministry()).assertProblem(404, "not-found");
        assertEquals(0, indexRows(duplicate), "the duplicate's federal index rows are gone (its enrollments' rows are the kept student's)");
        // Journaled for both, and the merge record reads back the same.
        assertEquals(1, AuditRows.about(region, kept, "MERGE").size());
        assertEquals(1, AuditRows.about(region, duplicate, "MERGE").size());
        JsonNode read = api.get("/api/registry/merges/" + mergeId, registry.ministry()).assertStatus(200).json();
        assertEquals(merge, read);

        JsonNode undone = api.post("/api/registry/merges/" + mergeId + "/undo", registry.ministry(), Map.of()).assertStatus(200).json();

        assertEquals("UNDONE", undone.path("state").asText());
        assertEquals(keptBefore, records(kept), "the kept student's records as before the merge");
        assertEquals(duplicateBefore, records(duplicate), "the duplicate's records as before the merge");
        assertEquals(versionBefore + 2, card(duplicate).path("version").asLong(), "merge and undo each changed the row");
        assertEquals(Set.of(kept, duplicate), candidates(name));
        assertEquals(indexRowsOfDuplicate, indexRows(duplicate));
        assertEquals(1, AuditRows.about(region, kept, "MERGE_UNDO").size());
        assertEquals(1, AuditRows.about(region, duplicate, "MERGE_UNDO").size());
        api.post("/api/registry/merges/" + mergeId + "/undo", registry.ministry(), Map.of()).assertProblem(409, "merge-already-undone");
    }

    @Test
    void aChangeAfterTheMergeBlocksTheUndo() {
        String kept = pupil(schoolA);
        String duplicate = registry.student(registry.ministry());
        registry.enrolled(registry.ministry(), duplicate, additional(schoolA));
        api.post(portfolio(duplicate) + "/achievements", registry.school(schoolA), PortfolioData.anAchievement()).assertStatus(201);
        String mergeId = api.post(mergePath(kept), registry.ministry(), Map.of("duplicateId", duplicate)).assertStatus(201)
                .json().path("id").asText();
        api.post(portfolio(kept) + "/grades", registry.school(schoolA), PortfolioData.aGrade(2024, "Q2", "PHYSICS", 3)).assertStatus(201);
        long events = AuditRows.total(region);

        JsonNode problem = api.post("/api/registry/merges/" + mergeId + "/undo", registry.ministry(), Map.of())
                .assertProblem(409, "merge-undo-blocked").json();

        assertEquals(1, problem.path("blockers").size(), problem::toString);
        assertEquals(kept, problem.path("blockers").get(0).path("studentId").asText());
        assertEquals("grades", problem.path("blockers").get(0).path("records").asText());
        assertEquals(2, Sql.count("select count(*) from region_" + region + ".enrollment where student_id = ?::uuid", kept));
        assertEquals(1, Sql.count("select count(*) from region_" + region + ".achievement where student_id = ?::uuid", kept));
        assertEquals("MERGED", api.get("/api/registry/merges/" + mergeId, registry.ministry()).json().path("state").asText());
        assertEquals(events + 2, AuditRows.total(region), "only the read of the merge journaled");
    }

    @Test
    void conflictingRecordsAreRefusedAndNothingChanges() {
        String kept = pupil(schoolA);
        String duplicate = pupil(schoolB);
        api.post(portfolio(kept) + "/exam-results", registry.school(schoolA), PortfolioData.anExamResult("OGE", "MATHEMATICS", 2024, 4)).assertStatus(201);
        api.post(portfolio(duplicate) + "/exam-results", registry.school(schoolB), PortfolioData.anExamResult("OGE", "MATHEMATICS", 2024, 5)).assertStatus(201);
        api.put(health(kept), Tokens.healthMinistry(region), healthRecord("II", "2024-02-01")).assertStatus(201);
        api.put(health(duplicate), Tokens.healthMinistry(region), healthRecord("III", "2024-02-01")).assertStatus(201);
        Map<String, JsonNode> keptBefore = records(kept);
        Map<String, JsonNode> duplicateBefore = records(duplicate);
        long events = AuditRows.total(region);

        JsonNode problem = api.post(mergePath(kept), registry.ministry(), Map.of("duplicateId", duplicate))
                .assertProblem(409, "merge-conflict").json();

        assertEquals(events, AuditRows.total(region), "a refused merge journals nothing");
        Set<String> kinds = new HashSet<>();
        problem.path("conflicts").forEach(conflict -> kinds.add(conflict.path("records").asText()));
        assertEquals(Set.of("enrollments", "healthRecords", "examResults"), kinds, problem::toString);
        assertTrue(problem.path("conflicts").toString().contains("active basic enrollment"), problem::toString);
        assertEquals(keptBefore, records(kept));
        assertEquals(duplicateBefore, records(duplicate));
        assertEquals(0, Sql.count("select count(*) from region_" + region + ".student_merge where duplicate_id = ?::uuid", duplicate));
    }

    @Test
    void onlyTheEducationMinistryOfTheRegionMerges() {
        String kept = pupil(schoolA);
        String duplicate = registry.student(registry.ministry());
        Map<String, Object> body = Map.of("duplicateId", duplicate);

        api.post(mergePath(kept), registry.school(schoolA), body).assertStatus(403);
        api.post(mergePath(kept), Tokens.healthMinistry(region), body).assertStatus(403);
        api.post(mergePath(kept), Tokens.regionalAdmin(region), body).assertStatus(403);
        String otherRegion = Regions.onboard(api, "mrgo", 3);
        api.post(mergePath(kept), Tokens.educationMinistry(otherRegion), body).assertProblem(404, "not-found");
        api.post(mergePath(kept), registry.ministry(), Map.of("duplicateId", kept)).assertInvalid("duplicateId");
        api.post(mergePath(kept), registry.ministry(), Map.of()).assertInvalid("duplicateId");
        api.post(mergePath(kept), registry.ministry(), Map.of("duplicateId", "not-a-uuid")).assertInvalid("duplicateId");
        api.post(mergePath(kept), registry.ministry(), Map.of("duplicateId", java.util.UUID.randomUUID().toString()))
                .assertProblem(404, "not-found");
        assertEquals(0, Sql.count("select count(*) from region_" + region + ".student_merge where duplicate_id = ?::uuid", duplicate));

        String mergeId = api.post(mergePath(kept), registry.ministry(), body).assertStatus(201).json().path("id").asText();

        api.post(mergePath(kept), registry.ministry(), body).assertProblem(409, "student-merged");
        api.post(mergePath(duplicate), registry.ministry(), Map.of("duplicateId", kept)).assertProblem(409, "student-merged");
        api.get("/api/registry/merges/" + mergeId, Tokens.educationMinistry(otherRegion)).assertProblem(404, "not-found");
        api.post("/api/registry/merges/" + mergeId + "/undo", Tokens.educationMinistry(otherRegion), Map.of()).assertProblem(404, "not-found");
        api.post("/api/registry/merges/" + mergeId + "/undo", registry.school(schoolA), Map.of()).assertStatus(403);
        api.get("/api/registry/merges/" + mergeId, Tokens.healthMinistry(region)).assertStatus(403);
        api.get("/api/registry/merges/not-a-merge", registry.ministry()).assertProblem(404, "not-found");
    }

    @Test
    void aModuleTheStageDisablesMustHoldNothingOfTheDuplicate() {
        String lower = Regions.onboard(api, "mrgs", 3);
        RegistryCalls calls = new RegistryCalls(api, lower);
        String school = calls.organization();
        String kept = calls.student(calls.ministry());
        calls.enrolled(calls.ministry(), kept, basic(school, "2023-09-01", 5));
        String withPortfolio = calls.student(calls.ministry());
        calls.enrolled(calls.ministry(), withPortfolio, additional(school));
        api.post(portfolio(withPortfolio) + "/achievements", calls.school(school), PortfolioData.anAchievement()).assertStatus(201);
        String plain = calls.student(calls.ministry());
        calls.enrolled(calls.ministry(), plain, additional(school));
        Regions.moveToStage(api, lower, 2);

        JsonNode problem = api.post(mergePath(kept), calls.ministry(), Map.of("duplicateId", withPortfolio))
                .assertProblem(409, "merge-conflict").json();
        assertEquals("portfolio", problem.path("conflicts").get(0).path("records").asText(), problem::toString);

        JsonNode merge = api.post(mergePath(kept), calls.ministry(), Map.of("duplicateId", plain)).assertStatus(201).json();
        assertEquals(Map.of("enrollments", 1, "healthRecords", 0), counts(merge.path("moved")), "portfolio takes no part at stage 2");
        api.post("/api/registry/merges/" + merge.path("id").asText() + "/undo", calls.ministry(), Map.of()).assertStatus(200);
        assertEquals(1, Sql.count("select count(*) from region_" + lower + ".enrollment where student_id = ?::uuid", plain));
    }

    @Test
    void nothingCanBeWrittenToAMergedRecord() throws Exception {
        String kept = pupil(schoolA);
        Map<String, Object> body = aStudent().build();
        String duplicate = registry.student(registry.ministry(), body);
        api.post(mergePath(kept), registry.ministry(), Map.of("duplicateId", duplicate)).assertStatus(201);
        long version = card(duplicate).path("version").asLong();

        JsonNode summary = api.send("POST", "/api/registry/import", registry.ministry(), "application/x-ndjson",
                new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body) + "\n").assertStatus(200).json();

        assertEquals(1, summary.path("rejected").asInt(), summary::toString);
        assertEquals("snils", summary.path("errors").get(0).path("field").asText(), summary::toString);
        api.putIfMatch("/api/registry/students/" + duplicate, registry.ministry(), "\"" + version + "\"", body)
                .assertProblem(409, "student-merged");
        registry.enroll(registry.ministry(), duplicate, additional(schoolA)).assertProblem(409, "student-merged");
        registry.enroll(registry.school(schoolA), duplicate, additional(schoolA)).assertProblem(404, "not-found");
        assertEquals(version, card(duplicate).path("version").asLong());
    }

    // ------------------------------------------------------------------ helpers

    /** A student of this name and birth date (a duplicate candidate of every other twin of the name). */
    private static String twin(String lastName) {
        return registry.student(registry.ministry(), aStudent().with("lastName", lastName).with("birthDate", "2013-04-04").build());
    }

    private static String pupil(String school) {
        String student = registry.student(registry.ministry());
        registry.enrolled(registry.ministry(), student, basic(school, "2023-09-01", 5));
        return student;
    }

    private static Map<String, Object> basic(String organization, String from, int grade) {
        return anEnrollment(organization).with("level", grade <= 4 ? "PRIMARY_GENERAL" : "BASIC_GENERAL").with("grade", grade)
                .with("startDate", from).build();
    }

    private static Map<String, Object> additional(String organization) {
        Map<String, Object> body = anEnrollment(organization).with("program", "ADDITIONAL").with("level", "ADDITIONAL").build();
        body.remove("grade");
        return body;
    }

    private static Map<String, Object> healthRecord(String group, String validFrom) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("healthGroup", group);
        record.put("peGroup", "BASIC");
        record.put("disability", null);
        record.put("adaptedProgramNeeded", false);
        record.put("longTermTreatmentNeeded", false);
        record.put("validFrom", validFrom);
        return record;
    }

    private static String mergePath(String kept) {
        return "/api/registry/students/" + kept + "/merge";
    }

    private static String health(String student) {
        return "/api/health/students/" + student;
    }

    private static String portfolio(String student) {
        return "/api/portfolio/students/" + student;
    }

    private static JsonNode card(String student) {
        return api.get("/api/registry/students/" + student, registry.ministry()).assertStatus(200).json();
    }

    /** Everything kept about the student, as the API shows it (the card without its version, which merges move). */
    private static Map<String, JsonNode> records(String student) {
        Map<String, JsonNode> records = new LinkedHashMap<>();
        ObjectNode shown = (ObjectNode) card(student).deepCopy();
        shown.remove("version");
        records.put("card", shown);
        records.put("enrollments", registry.enrollments(registry.ministry(), student).assertStatus(200).json());
        records.put("trajectory", registry.trajectory(registry.ministry(), student).assertStatus(200).json());
        JsonNode history = api.get(health(student) + "/history", Tokens.healthMinistry(region)).assertStatus(200).json();
        records.put("health", history);
        for (String section : List.of("achievements", "exam-results", "grades")) {
            records.put(section, api.get(portfolio(student) + "/" + section, registry.ministry()).assertStatus(200).json());
        }
        var certificate = api.get(portfolio(student) + "/certificate", registry.ministry());
        records.put("certificate", certificate.status() == 200 ? certificate.json()
                : com.fasterxml.jackson.databind.node.TextNode.valueOf(String.valueOf(certificate.status())));
        return records;
    }

    private static Set<String> candidates(String lastName) {
        Set<String> ids = new HashSet<>();
        api.get("/api/registry/duplicates?size=100", registry.ministry()).assertStatus(200).json().path("items").forEach(group -> {
            if (group.path("lastName").asText().equals(lastName)) {
                group.path("students").forEach(student -> ids.add(student.path("id").asText()));
            }
        });
        return ids;
    }

    private static Set<String> found(String path) {
        Set<String> ids = new HashSet<>();
        api.get(path, registry.ministry()).assertStatus(200).json().path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static long indexRows(String student) {
        return Sql.count("select count(*) from platform.federal_index where region_code = ? and student_id = ?", region, student);
    }

    private static Map<String, Integer> counts(JsonNode moved) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        moved.fields().forEachRemaining(entry -> counts.put(entry.getKey(), entry.getValue().asInt()));
        return counts;
    }

    private static List<String> validityAndVersion(JsonNode history) {
        List<String> rows = new java.util.ArrayList<>();
        history.forEach(record -> rows.add(record.path("validFrom").asText() + ":" + record.path("version").asLong()));
        return rows;
    }
}
