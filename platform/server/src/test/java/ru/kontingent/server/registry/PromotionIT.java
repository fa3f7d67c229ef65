package ru.kontingent.server.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.kontingent.server.testing.KontingentIT;
import ru.kontingent.server.testing.Regions;
import ru.kontingent.server.testing.RegistryCalls;
import ru.kontingent.server.testing.Reply;
import ru.kontingent.server.testing.Sql;
import ru.kontingent.server.testing.Tokens;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.kontingent.server.testing.RegistryCalls.transferTo;
import static ru.kontingent.server.testing.RegistryData.aStudent;
import static ru.kontingent.server.testing.RegistryData.anEnrollment;
import static ru.kontingent.server.testing.RegistryData.anOrganization;
import static ru.kontingent.server.testing.RegistryTables.audit;
import static ru.kontingent.server.testing.RegistryTables.enrollments;
import static ru.kontingent.server.testing.RegistryTables.federalIndex;

/**
 * The year-end promotion (приказ о переводе): the preview changes nothing and equals what the apply
 * then does; the apply keeps every step in the enrollment history, one batch per organization; undo
 * restores the history exactly unless a later change (a transfer) touched the students.
 */
class PromotionIT extends KontingentIT {

    private static final String DATE = "2025-09-01";
    private static final String ORDER = "214-о";

    private static String region;
    private static RegistryCalls registry;
    private static RegistryCalls elsewhere;

    @BeforeAll
    static void aRegionAndAnother() {
        region = Regions.onboard(api, "prm", 1);
        registry = new RegistryCalls(api, region);
        elsewhere = new RegistryCalls(api, Regions.onboard(api, "prm_x", 1));
    }

    /** A school's pupils at the end of the 2024/25 school year, each enrolled on 2024-09-01 by the ministry. */
    private record School(String id, Map<String, String> pupils) {
        String pupil(String name) {
            return pupils.get(name);
        }
    }

    private static String pupil(RegistryCalls calls, String organization, String lastName, String level, Integer grade, String since) {
        String student = calls.student(calls.ministry(), aStudent().with("lastName", lastName).build());
        var enrollment = anEnrollment(organization).with("level", level).with("startDate", since);
        calls.enrolled(calls.ministry(), student, (grade == null ? enrollment.without("grade") : enrollment.with("grade", grade)).build());
        return student;
    }

    /** A school with one pupil of each kind the promotion tells apart, plus enrollments it must leave alone. */
    private static School aFullSchool() {
        String school = registry.organization();
        Map<String, String> pupils = new LinkedHashMap<>();
        pupils.put("first", pupil(registry, school, "Абрамова", "PRIMARY_GENERAL", 1, "2024-09-01"));
        pupils.put("fourth", pupil(registry, school, "Белова", "PRIMARY_GENERAL", 4, "2024-09-01"));
        pupils.put("heldBack", pupil(registry, school, "Васильева", "BASIC_GENERAL", 7, "2024-09-01"));
        pupils.put("ninth", pupil(registry, school, "Григорьева", "BASIC_GENERAL", 9, "2024-09-01"));
        pupils.put("leaving", pupil(registry, school, "Дмитриева", "BASIC_GENERAL", 9, "2024-09-01"));
        pupils.put("eleventh", pupil(registry, school, "Егорова", "SECONDARY_GENERAL", 11, "2024-09-01"));
        pupils.put("preschool", pupil(registry, school, "Жукова", "PRESCHOOL", null, "2024-09-01"));
        pupils.put("newcomer", pupil(registry, school, "Зайцева", "PRIMARY_GENERAL", 2, DATE));
        String additional = registry.student(registry.ministry(), aStudent().with("lastName", "Ильина").build());
        registry.enrolled(registry.ministry(), additional, anEnrollment(school).with("program", "ADDITIONAL").with("level", "ADDITIONAL")
                .without("grade").with("startDate", "2024-09-01").build());
        pupils.put("additional", additional);
        return new School(school, pupils);
    }

    private static Map<String, Object> body(List<String> heldBack, List<String> leaving) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", DATE);
        body.put("orderNumber", ORDER);
        body.put("heldBack", heldBack);
        body.put("leaving", leaving);
        return body;
    }

    private static Map<String, Object> bodyFor(School school) {
        return body(List.of(school.pupil("heldBack")), List.of(school.pupil("leaving")));
    }

    private static Reply promote(String token, String organization, Map<String, Object> body, Boolean dryRun) {
        return api.post("/api/registry/organizations/" + organization + "/promotion" + (dryRun == null ? "" : "?dryRun=" + dryRun),
                token, body);
    }

    private static Reply batch(String token, String batchId) {
        return api.get("/api/registry/promotion/" + batchId, token);
    }

    private static Reply undo(String token, String batchId) {
        return api.post("/api/registry/promotion/" + batchId + "/undo", token, Map.of());
    }

    private static long generation(String code) {
        return Sql.count("select generation from region_" + code + ".data_generation where id = 1");
    }

    private static List<List<Object>> history(School school) {
        List<List<Object>> rows = new ArrayList<>();
        school.pupils().values().forEach(student -> rows.addAll(enrollments(region, student)));
        return rows;
    }

    /** [id, outcome, fromLevel, fromGrade, toLevel, toGrade, certificate] of every listed student. */
    private static List<List<Object>> steps(JsonNode students) {
        List<List<Object>> steps = new ArrayList<>();
        for (JsonNode student : students) {
            steps.add(Arrays.asList(student.path("id").asText(), student.path("outcome").asText(), student.path("fromLevel").asText(),
                    student.path("fromGrade").asInt(), student.path("toLevel").isNull() ? null : student.path("toLevel").asText(),
                    student.path("toGrade").isNull() ? null : student.path("toGrade").asInt(),
                    student.path("certificate").isNull() ? null : student.path("certificate").asText()));
        }
        return steps;
    }

    private static List<List<Object>> expectedSteps(School school) {
        return List.of(
                Arrays.asList(school.pupil("first"), "PROMOTED", "PRIMARY_GENERAL", 1, "PRIMARY_GENERAL", 2, null),
                Arrays.asList(school.pupil("fourth"), "PROMOTED", "PRIMARY_GENERAL", 4, "BASIC_GENERAL", 5, null),
                Arrays.asList(school.pupil("heldBack"), "HELD_BACK", "BASIC_GENERAL", 7, "BASIC_GENERAL", 7, null),
                Arrays.asList(school.pupil("ninth"), "PROMOTED", "BASIC_GENERAL", 9, "SECONDARY_GENERAL", 10, "BASIC_GENERAL"),
                Arrays.asList(school.pupil("leaving"), "GRADUATED", "BASIC_GENERAL", 9, null, null, "BASIC_GENERAL"),
                Arrays.asList(school.pupil("eleventh"), "GRADUATED", "SECONDARY_GENERAL", 11, null, null, "SECONDARY_GENERAL"));
    }

    @Test
    void thePreviewChangesNothingAndEqualsTheAppliedResult() {
        School school = aFullSchool();
        List<List<Object>> before = history(school);
        long generation = generation(region);

        JsonNode preview = promote(registry.ministry(), school.id(), bodyFor(school), true).assertStatus(200).json();

        assertTrue(preview.path("dryRun").asBoolean(), preview::toString);
        assertEquals(DATE, preview.path("date").asText());
        assertEquals(ORDER, preview.path("orderNumber").asText());
        assertEquals(1, preview.path("organizations").size(), preview::toString);
        JsonNode organization = preview.path("organizations").get(0);
        assertEquals(school.id(), organization.path("organizationId").asText());
        assertTrue(organization.path("batchId").isNull(), "a preview records no batch");
        assertEquals(expectedSteps(school), steps(organization.path("students")));
        assertEquals("Белова", organization.path("students").get(1).path("lastName").asText());
        assertEquals(before, history(school), "a preview changes no enrollment");
        assertEquals(generation, generation(region), "a preview leaves the data generation (report caches) alone");
        assertEquals(0, Sql.count("select count(*) from region_" + region + ".promotion_batch where organization_id = ?::uuid", school.id()));
        for (List<Object> step : expectedSteps(school)) {
            List<List<Object>> journal = audit(region, (String) step.get(0));
            assertEquals(Arrays.asList("READ", "education-ministry", null, "enrollments"), journal.get(journal.size() - 1),
                    "a preview lists the student: one READ");
        }

        JsonNode applied = promote(registry.ministry(), school.id(), bodyFor(school), false).assertStatus(200).json();

        assertTrue(!applied.path("dryRun").asBoolean(), applied::toString);
        JsonNode done = applied.path("organizations").get(0);
        String batchId = done.path("batchId").asText();
        UUID.fromString(batchId);
        ObjectNode withoutBatch = ((ObjectNode) done.deepCopy());
        withoutBatch.putNull("batchId");
        assertEquals(organization, withoutBatch, "the preview equals the applied result");
        assertEquals(1, applied.path("organizations").size());

        assertEquals(List.of(
                        Arrays.asList(school.id(), "BASIC", "PRIMARY_GENERAL", "1", "2024-09-01", "123-у", DATE, "PROMOTED"),
                        Arrays.asList(school.id(), "BASIC", "PRIMARY_GENERAL", "2", DATE, ORDER, null, null)),
                enrollments(region, school.pupil("first")));
        assertEquals(List.of(
                        Arrays.asList(school.id(), "BASIC", "PRIMARY_GENERAL", "4", "2024-09-01", "123-у", DATE, "PROMOTED"),
                        Arrays.asList(school.id(), "BASIC", "BASIC_GENERAL", "5", DATE, ORDER, null, null)),
                enrollments(region, school.pupil("fourth")));
        assertEquals(List.of(Arrays.asList(school.id(), "BASIC", "BASIC_GENERAL", "7", "2024-09-01", "123-у", null, null)),
                enrollments(region, school.pupil("heldBack")));
        assertEquals(List.of(
                        Arrays.asList(school.id(), "BASIC", "BASIC_GENERAL", "9", "2024-09-01", "123-у", DATE, "COMPLETED"),
                        Arrays.asList(school.id(), "BASIC", "SECONDARY_GENERAL", "10", DATE, ORDER, null, null)),
                enrollments(region, school.pupil("ninth")));
        assertEquals(List.of(Arrays.asList(school.id(), "BASIC", "BASIC_GENERAL", "9", "2024-09-01", "123-у", DATE, "COMPLETED")),
                enrollments(region, school.pupil("leaving")));
        assertEquals(List.of(Arrays.asList(school.id(), "BASIC", "SECONDARY_GENERAL", "11", "2024-09-01", "123-у", DATE, "COMPLETED")),
                enrollments(region, school.pupil("eleventh")));
        for (String untouched : List.of("preschool", "newcomer", "additional")) {
            assertEquals(1, enrollments(region, school.pupil(untouched)).size(), untouched);
            assertEquals(Arrays.asList(null, null), enrollments(region, school.pupil(untouched)).get(0).subList(6, 8), untouched);
        }
        assertTrue(generation(region) > generation, "the apply bumps the data generation");

        List<List<Object>> index = federalIndex(region, school.pupil("fourth"));
        assertEquals(2, index.size(), index::toString);
        assertEquals(Arrays.asList("2024-09-01", DATE), index.get(0).subList(4, 6));
        assertEquals(Arrays.asList(DATE, null), index.get(1).subList(4, 6));

        for (String changed : List.of("first", "fourth", "ninth", "leaving", "eleventh")) {
            List<List<Object>> journal = audit(region, school.pupil(changed));
            assertEquals(Arrays.asList("UPDATE", "education-ministry", null, "enrollments"), journal.get(journal.size() - 1), changed);
            assertEquals(1, journal.stream().filter(row -> row.get(0).equals("UPDATE")).count(), changed + ": one event per apply");
        }
        List<List<Object>> heldBackJournal = audit(region, school.pupil("heldBack"));
        assertEquals(List.of("CREATE", "CREATE", "READ", "READ"), heldBackJournal.stream().map(row -> row.get(0)).toList(),
                "the held back are listed, not changed");
        assertEquals(List.of("CREATE", "CREATE"), audit(region, school.pupil("preschool")).stream().map(row -> row.get(0)).toList(),
                "students the promotion does not list are not journaled");

        JsonNode shown = batch(registry.school(school.id()), batchId).assertStatus(200).json();
        assertEquals(batchId, shown.path("batchId").asText());
        assertEquals(school.id(), shown.path("organizationId").asText());
        assertEquals(DATE, shown.path("date").asText());
        assertEquals(ORDER, shown.path("orderNumber").asText());
        assertTrue(shown.path("undoneAt").isNull());
        assertEquals(organization.path("students"), shown.path("students"), "the batch shows what was applied");

        JsonNode again = promote(registry.ministry(), school.id(), body(List.of(), List.of()), true).assertStatus(200).json();
        assertEquals(List.of(Arrays.asList(school.pupil("heldBack"), "PROMOTED", "BASIC_GENERAL", 7, "BASIC_GENERAL", 8, null)),
                steps(again.path("organizations").get(0).path("students")),
                "a second run with the same date finds only the one left in the old year");
    }

    @Test
    void undoRestoresTheHistoryExactly() {
        School school = aFullSchool();
        List<List<Object>> before = history(school);
        List<JsonNode> trajectories = new ArrayList<>();
        List<List<List<Object>>> indexes = new ArrayList<>();
        for (String student : school.pupils().values()) {
            trajectories.add(registry.trajectory(registry.ministry(), student).assertStatus(200).json());
            indexes.add(federalIndex(region, student));
        }
        String batchId = promote(registry.school(school.id()), school.id(), bodyFor(school), null).assertStatus(200).json()
                .path("organizations").get(0).path("batchId").asText();
        assertNotEquals(before, history(school));

        JsonNode undone = undo(registry.school(school.id()), batchId).assertStatus(200).json();

        assertEquals(batchId, undone.path("batchId").asText());
        assertTrue(!undone.path("undoneAt").isNull(), undone::toString);
        assertEquals(expectedSteps(school), steps(undone.path("students")));
        assertEquals(before, history(school), "the enrollments are as before the promotion");
        int i = 0;
        for (String student : school.pupils().values()) {
            assertEquals(trajectories.get(i), registry.trajectory(registry.ministry(), student).assertStatus(200).json(),
                    "the trajectory is the one before the promotion, enrollment ids included");
            assertEquals(indexes.get(i), federalIndex(region, student), "the federal index too");
            i++;
        }
        for (String changed : List.of("first", "fourth", "ninth", "leaving", "eleventh")) {
            List<List<Object>> journal = audit(region, school.pupil(changed));
            assertEquals(Arrays.asList("UPDATE", "school-operator", school.id(), "enrollments"), journal.get(journal.size() - 2),
                    changed + ": the undo journals one UPDATE (the trajectory read follows)");
        }
        assertEquals(Arrays.asList("READ", "school-operator", school.id(), "enrollments"),
                audit(region, school.pupil("heldBack")).get(audit(region, school.pupil("heldBack")).size() - 2));

        undo(registry.ministry(), batchId).assertProblem(409, "promotion-undone");
        assertEquals(before, history(school));
        assertTrue(!batch(registry.ministry(), batchId).assertStatus(200).json().path("undoneAt").isNull());

        // The undone promotion can be applied again.
        promote(registry.ministry(), school.id(), bodyFor(school), false).assertStatus(200);
        assertEquals(2, enrollments(region, school.pupil("fourth")).size());
    }

    @Test
    void aLaterTransferBlocksTheUndoAndNamesTheStudent() {
        String school = registry.organization();
        String receiving = registry.organization();
        String stays = pupil(registry, school, "Кириллова", "PRIMARY_GENERAL", 2, "2024-09-01");
        String moves = pupil(registry, school, "Лебедева", "PRIMARY_GENERAL", 3, "2024-09-01");
        String batchId = promote(registry.ministry(), school, body(List.of(), List.of()), false).assertStatus(200).json()
                .path("organizations").get(0).path("batchId").asText();
        registry.transfer(registry.school(receiving), moves, transferTo(receiving, "2025-10-06", null)).assertStatus(201);
        List<List<Object>> afterTransfer = enrollments(region, moves);
        List<List<Object>> staysRows = enrollments(region, stays);
        long events = Sql.count("select count(*) from region_" + region + ".audit_event");

        Reply blocked = undo(registry.ministry(), batchId).assertProblem(409, "promotion-undo-blocked");

        assertEquals(List.of(moves), List.of(blocked.json().path("blockingStudents").get(0).asText()));
        assertEquals(1, blocked.json().path("blockingStudents").size(), blocked::body);
        assertEquals(afterTransfer, enrollments(region, moves));
        assertEquals(staysRows, enrollments(region, stays), "nothing of the batch is reverted");
        assertEquals(events, Sql.count("select count(*) from region_" + region + ".audit_event"), "a refused undo journals nothing");
        assertTrue(batch(registry.ministry(), batchId).assertStatus(200).json().path("undoneAt").isNull());
    }

    @Test
    void batchesAreUndoneLastFirst() {
        String school = registry.organization();
        String pupil = pupil(registry, school, "Николаева", "PRIMARY_GENERAL", 3, "2024-09-01");
        List<List<Object>> before = enrollments(region, pupil);
        String first = promote(registry.ministry(), school, body(List.of(), List.of()), false).assertStatus(200).json()
                .path("organizations").get(0).path("batchId").asText();
        Map<String, Object> nextYear = body(List.of(), List.of());
        nextYear.put("date", "2026-09-01");
        nextYear.put("orderNumber", "301-о");
        String second = promote(registry.ministry(), school, nextYear, false).assertStatus(200).json()
                .path("organizations").get(0).path("batchId").asText();
        List<List<Object>> twoYears = List.of(
                Arrays.asList(school, "BASIC", "PRIMARY_GENERAL", "3", "2024-09-01", "123-у", DATE, "PROMOTED"),
                Arrays.asList(school, "BASIC", "PRIMARY_GENERAL", "4", DATE, ORDER, "2026-09-01", "PROMOTED"),
                Arrays.asList(school, "BASIC", "BASIC_GENERAL", "5", "2026-09-01", "301-о", null, null));
        assertEquals(twoYears, enrollments(region, pupil));

        Reply blocked = undo(registry.ministry(), first).assertProblem(409, "promotion-undo-blocked");
        assertEquals(pupil, blocked.json().path("blockingStudents").get(0).asText(), "the later promotion moved the pupil on");
        assertEquals(twoYears, enrollments(region, pupil));

        undo(registry.ministry(), second).assertStatus(200);
        assertEquals(twoYears.subList(0, 1), enrollments(region, pupil).subList(0, 1));
        assertEquals(Arrays.asList(school, "BASIC", "PRIMARY_GENERAL", "4", DATE, ORDER, null, null), enrollments(region, pupil).get(1));
        undo(registry.ministry(), first).assertStatus(200);
        assertEquals(before, enrollments(region, pupil));
    }

    /** Two applies of one school at once: one batch moves the pupils, the other finds them moved (409 or nothing left). */
    @Test
    void concurrentAppliesPromoteOnce() {
        String school = registry.organization();
        List<String> pupils = List.of(pupil(registry, school, "Олейникова", "BASIC_GENERAL", 5, "2024-09-01"),
                pupil(registry, school, "Петренко", "BASIC_GENERAL", 6, "2024-09-01"));

        List<Reply> replies = ru.kontingent.server.testing.Concurrently.run(
                () -> promote(registry.ministry(), school, body(List.of(), List.of()), false),
                () -> promote(registry.ministry(), school, body(List.of(), List.of()), false));

        String story = replies.stream().map(reply -> reply.status() + " " + reply.body()).toList().toString();
        int batches = 0;
        for (Reply reply : replies) {
            if (reply.status() == 200) {
                batches += reply.json().path("organizations").size();
            } else {
                reply.assertProblem(409, "enrollment-ended");
            }
        }
        assertEquals(1, batches, story);
        assertEquals(1, Sql.count("select count(*) from region_" + region + ".promotion_batch where organization_id = ?::uuid", school), story);
        for (String pupil : pupils) {
            assertEquals(2, enrollments(region, pupil).size(), story);
            assertEquals(1, Sql.count("select count(*) from region_" + region + ".enrollment where student_id = ?::uuid and end_date is null",
                    pupil), story);
        }
    }

    @Test
    void aSchoolPromotesOnlyItselfAndOtherRegionsNeverSeeABatch() {
        School school = aFullSchool();
        String otherSchool = registry.organization();
        List<List<Object>> before = history(school);

        promote(registry.school(otherSchool), school.id(), bodyFor(school), true).assertProblem(403, "forbidden");
        promote(registry.school(otherSchool), school.id(), bodyFor(school), false).assertProblem(403, "forbidden");
        promote(Tokens.healthMinistry(region), school.id(), bodyFor(school), true).assertStatus(403);
        api.post("/api/registry/promotion?dryRun=true", registry.school(school.id()), bodyFor(school)).assertStatus(403);
        promote(elsewhere.ministry(), school.id(), bodyFor(school), true).assertProblem(404, "not-found");
        assertEquals(before, history(school));

        String batchId = promote(registry.school(school.id()), school.id(), bodyFor(school), false).assertStatus(200).json()
                .path("organizations").get(0).path("batchId").asText();
        List<List<Object>> applied = history(school);
        batch(registry.school(otherSchool), batchId).assertProblem(403, "forbidden");
        undo(registry.school(otherSchool), batchId).assertProblem(403, "forbidden");
        batch(elsewhere.ministry(), batchId).assertProblem(404, "not-found");
        undo(elsewhere.ministry(), batchId).assertProblem(404, "not-found");
        batch(elsewhere.school(elsewhere.organization()), batchId).assertProblem(404, "not-found");
        batch(registry.ministry(), UUID.randomUUID().toString()).assertProblem(404, "not-found");
        batch(registry.ministry(), "not-an-id").assertProblem(404, "not-found");
        batch(Tokens.healthMinistry(region), batchId).assertStatus(403);
        assertEquals(applied, history(school), "refused undos change nothing");
    }

    @Test
    void everyBadFieldIsListedTogetherAndNothingChanges() {
        School school = aFullSchool();
        String strangerOfAnotherSchool = pupil(registry, registry.organization(), "Морозова", "BASIC_GENERAL", 6, "2024-09-01");
        List<List<Object>> before = history(school);
        long batches = Sql.count("select count(*) from region_" + region + ".promotion_batch");

        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("heldBack", List.of(strangerOfAnotherSchool, school.pupil("preschool")));
        bad.put("leaving", List.of(school.pupil("first"), school.pupil("newcomer"), UUID.randomUUID().toString()));
        promote(registry.ministry(), school.id(), bad, false)
                .assertInvalid("date", "orderNumber", "heldBack[0]", "heldBack[1]", "leaving[0]", "leaving[1]", "leaving[2]");
        promote(registry.ministry(), school.id(), body(List.of(school.pupil("leaving")), List.of(school.pupil("leaving"))), false)
                .assertInvalid("leaving[0]");
        promote(registry.ministry(), school.id(), body(List.of("not-a-uuid"), List.of()), false).assertInvalid("heldBack[0]");
        promote(registry.ministry(), school.id(), bodyFor(school), null).assertStatus(200).json();
        history(school); // applied above on purpose: from here on a fresh school
        School fresh = aFullSchool();
        List<List<Object>> freshBefore = history(fresh);
        api.post("/api/registry/organizations/" + fresh.id() + "/promotion?dryRun=yes", registry.ministry(), bodyFor(fresh))
                .assertInvalid("dryRun");
        api.post("/api/registry/promotion?municipality=" + java.net.URLEncoder.encode("Нигдеград", java.nio.charset.StandardCharsets.UTF_8),
                registry.ministry(), bodyFor(fresh)).assertInvalid("municipality", "heldBack[0]", "leaving[0]");
        api.post("/api/registry/promotion?municipality=%20", registry.ministry(), bodyFor(fresh)).assertInvalid("municipality");
        assertEquals(freshBefore, history(fresh));
        assertEquals(batches + 1, Sql.count("select count(*) from region_" + region + ".promotion_batch"));
        assertNotEquals(before, history(school));
    }

    @Test
    void aMunicipalityThenTheRegionEachOrganizationItsOwnBatch() {
        String code = Regions.onboard(api, "prm_m", 1);
        RegistryCalls calls = new RegistryCalls(api, code);
        String rostovA = calls.organization();
        String rostovB = calls.organization();
        String taganrog = calls.organization(anOrganization().with("fullName", "МБОУ лицей № 4 г. Таганрога")
                .with("municipality", "Таганрог").with("address", "347900, г. Таганрог, ул. Петровская, д. 2").build());
        String a = pupil(calls, rostovA, "Назарова", "PRIMARY_GENERAL", 3, "2024-09-01");
        String b = pupil(calls, rostovB, "Осипова", "SECONDARY_GENERAL", 10, "2024-09-01");
        String t = pupil(calls, taganrog, "Павлова", "BASIC_GENERAL", 8, "2024-09-01");
        String rostov = "/api/registry/promotion?municipality=" + java.net.URLEncoder.encode("Ростов-на-Дону", java.nio.charset.StandardCharsets.UTF_8);

        JsonNode preview = api.post(rostov + "&dryRun=true", calls.ministry(), body(List.of(), List.of())).assertStatus(200).json();
        assertEquals(2, preview.path("organizations").size(), preview::toString);
        JsonNode applied = api.post(rostov, calls.ministry(), body(List.of(), List.of())).assertStatus(200).json();
        assertEquals(2, applied.path("organizations").size());
        for (int i = 0; i < 2; i++) {
            ObjectNode org = (ObjectNode) applied.path("organizations").get(i).deepCopy();
            UUID.fromString(org.path("batchId").asText());
            org.putNull("batchId");
            assertEquals(preview.path("organizations").get(i), org);
        }
        assertNotEquals(applied.path("organizations").get(0).path("batchId"), applied.path("organizations").get(1).path("batchId"));
        assertEquals(2, enrollments(code, a).size());
        assertEquals(2, enrollments(code, b).size());
        assertEquals(1, enrollments(code, t).size(), "another municipality is untouched");

        JsonNode region = api.post("/api/registry/promotion", calls.ministry(), body(List.of(), List.of())).assertStatus(200).json();
        assertEquals(1, region.path("organizations").size(), "the promoted municipality is already in the new year");
        assertEquals(taganrog, region.path("organizations").get(0).path("organizationId").asText());
        assertEquals("Таганрог", region.path("organizations").get(0).path("municipality").asText());
        assertEquals(List.of(Arrays.asList(t, "PROMOTED", "BASIC_GENERAL", 8, "BASIC_GENERAL", 9, null)),
                steps(region.path("organizations").get(0).path("students")));
        assertEquals(3, Sql.count("select count(*) from region_" + code + ".promotion_batch"));

        // A school operator may not promote a municipality or the region; another region's ministry promotes its own region only.
        api.post(rostov + "&dryRun=true", calls.school(rostovA), body(List.of(), List.of())).assertStatus(403);
        JsonNode theirs = api.post("/api/registry/promotion?dryRun=true", elsewhere.ministry(), body(List.of(), List.of()))
                .assertStatus(200).json();
        assertTrue(!theirs.toString().contains(a) && !theirs.toString().contains(t), theirs::toString);
    }

    @Test
    void asOfReportsAndTheTrajectoryAreRightAroundThePromotion() {
        String code = Regions.onboard(api, "prm_r", 1);
        RegistryCalls calls = new RegistryCalls(api, code);
        String school = calls.organization();
        String fourth = pupil(calls, school, "Романова", "PRIMARY_GENERAL", 4, "2024-09-01");
        pupil(calls, school, "Соколова", "BASIC_GENERAL", 9, "2024-09-01");
        api.post("/api/registry/organizations/" + school + "/promotion", calls.ministry(), body(List.of(), List.of())).assertStatus(200);

        String report = "/api/reports/registry.contingent-by-level-grade-sex?asOf=";
        assertEquals(List.of(List.of("PRIMARY_GENERAL", "4", "F", 1L), List.of("BASIC_GENERAL", "9", "F", 1L)),
                rows(api.get(report + "2025-08-31", calls.ministry()).assertStatus(200).json()), "the last day of the old year");
        assertEquals(List.of(List.of("BASIC_GENERAL", "5", "F", 1L), List.of("SECONDARY_GENERAL", "10", "F", 1L)),
                rows(api.get(report + DATE, calls.ministry()).assertStatus(200).json()), "the first day of the new one");

        JsonNode trajectory = calls.trajectory(calls.ministry(), fourth).assertStatus(200).json().path("enrollments");
        assertEquals(2, trajectory.size(), trajectory::toString);
        assertEquals(List.of("PRIMARY_GENERAL", "4", "2024-09-01", DATE, "PROMOTED"), List.of(trajectory.get(0).path("level").asText(),
                trajectory.get(0).path("grade").asText(), trajectory.get(0).path("startDate").asText(),
                trajectory.get(0).path("endDate").asText(), trajectory.get(0).path("endReason").asText()));
        assertEquals(List.of("BASIC_GENERAL", "5", DATE, ORDER), List.of(trajectory.get(1).path("level").asText(),
                trajectory.get(1).path("grade").asText(), trajectory.get(1).path("startDate").asText(),
                trajectory.get(1).path("orderNumber").asText()));
        assertTrue(trajectory.get(1).path("endDate").isNull());
    }

    /** The report's rows as [level, grade, sex, count], sorted by grade. */
    private static List<List<Object>> rows(JsonNode report) {
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode row : report.path("rows")) {
            rows.add(List.of(row.get(0).asText(), row.get(1).asText(), row.get(2).asText(), row.get(row.size() - 1).asLong()));
        }
        rows.sort(java.util.Comparator.comparingInt(row -> Integer.parseInt((String) row.get(1))));
        return rows;
    }
}
