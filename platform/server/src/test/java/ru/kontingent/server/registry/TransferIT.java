package ru.kontingent.server.registry;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.kontingent.server.testing.Concurrently;
import ru.kontingent.server.testing.KontingentIT;
import ru.kontingent.server.testing.Regions;
import ru.kontingent.server.testing.RegistryCalls;
import ru.kontingent.server.testing.Reply;
import ru.kontingent.server.testing.Sql;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.kontingent.server.testing.RegistryCalls.assertEnrollment;
import static ru.kontingent.server.testing.RegistryCalls.transferTo;
import static ru.kontingent.server.testing.RegistryData.anEnrollment;
import static ru.kontingent.server.testing.RegistryData.anOrganization;
import static ru.kontingent.server.testing.RegistryTables.activeBasic;
import static ru.kontingent.server.testing.RegistryTables.audit;
import static ru.kontingent.server.testing.RegistryTables.enrollments;
import static ru.kontingent.server.testing.RegistryTables.federalIndex;

/**
 * Transfers (приказ о переводе): the receiving school (or the ministry) ends the active basic
 * enrollment and opens the new one in one transaction; if the second half fails, the first stays
 * as it was, in the region's tables, the federal index and the audit journal alike.
 */
class TransferIT extends KontingentIT {

    private static String region;
    private static RegistryCalls registry;
    private static RegistryCalls elsewhere;
    private static String orgA;
    private static String orgB;
    private static String orgC;
    private static String taganrog;

    @BeforeAll
    static void regionWithSchoolsInTwoMunicipalities() {
        region = Regions.onboard(api, "trf", 1);
        registry = new RegistryCalls(api, region);
        elsewhere = new RegistryCalls(api, Regions.onboard(api, "trf_x", 1));
        orgA = registry.organization();
        orgB = registry.organization();
        orgC = registry.organization();
        taganrog = registry.organization(anOrganization().with("fullName", "МБОУ лицей № 4 г. Таганрога")
                .with("municipality", "Таганрог").with("address", "347900, г. Таганрог, ул. Петровская, д. 2").build());
    }

    /** A student of school A, enrolled there in grade 2 of primary school since 2021-09-01 by school A. */
    private record Pupil(String studentId, String enrollmentId) {
    }

    private static Pupil pupilOfA() {
        String school = registry.school(orgA);
        String studentId = registry.student(school);
        String enrollmentId = registry.enrolled(school, studentId, anEnrollment(orgA).with("grade", 2).build());
        return new Pupil(studentId, enrollmentId);
    }

    /** A transfer that must succeed; the new enrollment. */
    private static JsonNode transferred(String token, Pupil pupil, String organizationId, String date, Integer grade) {
        return registry.transfer(token, pupil.studentId(), transferTo(organizationId, date, grade)).assertStatus(201).json();
    }

    @Test
    void theReceivingSchoolTransfers() {
        Pupil pupil = pupilOfA();

        Reply reply = registry.transfer(registry.school(orgB), pupil.studentId(), transferTo(orgB, "2023-09-01", 3)).assertStatus(201);

        JsonNode next = reply.json();
        String nextId = next.path("id").asText();
        UUID.fromString(nextId);
        assertNotEquals(pupil.enrollmentId(), nextId);
        assertEnrollment(next, pupil.studentId(), orgB, "BASIC", "PRIMARY_GENERAL", 3, "2023-09-01");
        assertEquals("77-п", next.path("orderNumber").asText());
        assertEquals(registry.organizationView(orgB).path("fullName").asText(), next.path("organizationName").asText());
        assertTrue(next.path("endDate").isNull() && next.path("endReason").isNull(), next::toString);

        assertEquals(List.of(
                        Arrays.asList(orgA, "BASIC", "PRIMARY_GENERAL", "2", "2021-09-01", "123-у", "2023-09-01", "TRANSFERRED"),
                        Arrays.asList(orgB, "BASIC", "PRIMARY_GENERAL", "3", "2023-09-01", "77-п", null, null)),
                enrollments(region, pupil.studentId()));
        assertEquals(1, activeBasic(region, pupil.studentId()));

        List<List<Object>> index = federalIndex(region, pupil.studentId());
        assertEquals(List.of(
                        Arrays.asList(pupil.enrollmentId(), "2021-09-01", "2023-09-01"),
                        Arrays.asList(nextId, "2023-09-01", null)),
                index.stream().map(row -> row.subList(3, 6)).toList());
        assertEquals(index.get(0).get(6), index.get(1).get(6), "both rows are the same person");

        List<List<Object>> journal = audit(region, pupil.studentId());
        assertEquals(Arrays.asList("UPDATE", "school-operator", orgB, "enrollments"), journal.get(journal.size() - 1),
                "one call, one event");
        assertEquals(Arrays.asList("CREATE", "school-operator", orgA, "enrollment"), journal.get(journal.size() - 2));

        // The student now belongs to B: B's operator sees the history.
        assertEquals(2, registry.enrollments(registry.school(orgB), pupil.studentId()).assertStatus(200).json().size());
    }

    @Test
    void theMinistryTransfersAndWithoutAGradeTheGradeIsKept() {
        Pupil pupil = pupilOfA();

        JsonNode next = transferred(registry.ministry(), pupil, orgB, "2022-01-10", null);

        assertEnrollment(next, pupil.studentId(), orgB, "BASIC", "PRIMARY_GENERAL", 2, "2022-01-10");
        assertEquals(Arrays.asList(orgB, "BASIC", "PRIMARY_GENERAL", "2", "2022-01-10", "77-п", null, null),
                enrollments(region, pupil.studentId()).get(1));
        assertEquals(Arrays.asList("2022-01-10", "TRANSFERRED"), enrollments(region, pupil.studentId()).get(0).subList(6, 8));
        List<List<Object>> journal = audit(region, pupil.studentId());
        assertEquals(Arrays.asList("UPDATE", "education-ministry", null, "enrollments"), journal.get(journal.size() - 1));
    }

    @Test
    void aNewGradeMovesTheLevelOn() {
        Pupil pupil = pupilOfA();

        JsonNode fifth = transferred(registry.school(orgB), pupil, orgB, "2024-09-01", 5);
        assertEnrollment(fifth, pupil.studentId(), orgB, "BASIC", "BASIC_GENERAL", 5, "2024-09-01");

        JsonNode tenth = transferred(registry.school(orgC), pupil, orgC, "2029-09-01", 10);
        assertEnrollment(tenth, pupil.studentId(), orgC, "BASIC", "SECONDARY_GENERAL", 10, "2029-09-01");

        assertEquals(List.of(
                        Arrays.asList(orgA, "BASIC", "PRIMARY_GENERAL", "2", "2021-09-01", "123-у", "2024-09-01", "TRANSFERRED"),
                        Arrays.asList(orgB, "BASIC", "BASIC_GENERAL", "5", "2024-09-01", "77-п", "2029-09-01", "TRANSFERRED"),
                        Arrays.asList(orgC, "BASIC", "SECONDARY_GENERAL", "10", "2029-09-01", "77-п", null, null)),
                enrollments(region, pupil.studentId()));
    }

    @Test
    void aTransferMayCrossMunicipalities() {
        Pupil pupil = pupilOfA();

        JsonNode next = transferred(registry.school(taganrog), pupil, taganrog, "2023-01-09", 2);

        assertEnrollment(next, pupil.studentId(), taganrog, "BASIC", "PRIMARY_GENERAL", 2, "2023-01-09");
        assertEquals("Таганрог", next.path("municipality").asText());
        assertEquals("МБОУ лицей № 4 г. Таганрога", next.path("organizationName").asText());
        assertEquals(Arrays.asList(taganrog, "BASIC", "PRIMARY_GENERAL", "2", "2023-01-09", "77-п", null, null),
                enrollments(region, pupil.studentId()).get(1));
        assertEquals(1, activeBasic(region, pupil.studentId()));
    }

    @Test
    void onlyTheReceivingSchoolOrTheMinistryTransfers() {
        Pupil pupil = pupilOfA();

        // The sending school cannot push the student into B, nor can a third school.
        registry.transfer(registry.school(orgA), pupil.studentId(), transferTo(orgB, "2023-09-01", 2)).assertProblem(403, "forbidden");
        registry.transfer(registry.school(orgC), pupil.studentId(), transferTo(orgB, "2023-09-01", 2)).assertProblem(403, "forbidden");

        assertUnchanged(pupil);
    }

    @Test
    void withoutAnActiveBasicEnrollmentThereIsNothingToTransfer() {
        String neverEnrolled = registry.student(registry.ministry());
        registry.transfer(registry.ministry(), neverEnrolled, transferTo(orgB, "2023-09-01", 2))
                .assertProblem(409, "no-active-basic-enrollment");
        assertEquals(List.of(), enrollments(region, neverEnrolled));

        String onlyAdditional = registry.student(registry.ministry());
        registry.enrolled(registry.ministry(), onlyAdditional, anEnrollment(orgA).with("program", "ADDITIONAL")
                .with("level", "ADDITIONAL").without("grade").build());
        registry.transfer(registry.ministry(), onlyAdditional, transferTo(orgB, "2023-09-01", 2))
                .assertProblem(409, "no-active-basic-enrollment");
        assertEquals(List.of(Arrays.asList(orgA, "ADDITIONAL", "ADDITIONAL", null, "2021-09-01", "123-у", null, null)),
                enrollments(region, onlyAdditional));

        Pupil graduated = pupilOfA();
        registry.end(registry.ministry(), graduated.studentId(), graduated.enrollmentId(), "2022-05-31", "COMPLETED").assertStatus(200);
        registry.transfer(registry.ministry(), graduated.studentId(), transferTo(orgB, "2023-09-01", 2))
                .assertProblem(409, "no-active-basic-enrollment");
        assertEquals(List.of(Arrays.asList(orgA, "BASIC", "PRIMARY_GENERAL", "2", "2021-09-01", "123-у", "2022-05-31", "COMPLETED")),
                enrollments(region, graduated.studentId()));
    }

    @Test
    void aTransferToAnUnknownOrganizationLeavesTheFirstEnrollmentActive() {
        Pupil pupil = pupilOfA();
        String nowhere = UUID.randomUUID().toString();

        registry.transfer(registry.ministry(), pupil.studentId(), transferTo(nowhere, "2023-09-01", 2)).assertProblem(404, "not-found");
        assertUnchanged(pupil);

        // A school operator whose own organization does not exist passes the ownership check and fails later.
        registry.transfer(registry.school(nowhere), pupil.studentId(), transferTo(nowhere, "2023-09-01", 2)).assertProblem(404, "not-found");
        assertUnchanged(pupil);

        String foreignOrganization = elsewhere.organization();
        registry.transfer(registry.ministry(), pupil.studentId(), transferTo(foreignOrganization, "2023-09-01", 2))
                .assertProblem(404, "not-found");
        assertUnchanged(pupil);
    }

    @Test
    void aTransferToAGradeOfNoLevelChangesNothing() {
        Pupil pupil = pupilOfA();

        for (int grade : new int[]{12, 0, -1}) {
            registry.transfer(registry.school(orgB), pupil.studentId(), transferTo(orgB, "2023-09-01", grade)).assertInvalid("grade");
            assertUnchanged(pupil);
        }
    }

    @Test
    void aTransferCannotPrecedeTheEnrollmentItEnds() {
        Pupil pupil = pupilOfA();

        registry.transfer(registry.school(orgB), pupil.studentId(), transferTo(orgB, "2021-08-31", 2)).assertProblem(409, "end-before-start");

        assertUnchanged(pupil);
    }

    @Test
    void missingFieldsAreListedAndNothingChanges() {
        Pupil pupil = pupilOfA();

        registry.transfer(registry.ministry(), pupil.studentId(), Map.of()).assertInvalid("toOrganizationId", "date", "orderNumber");
        registry.transfer(registry.ministry(), pupil.studentId(), Map.of("toOrganizationId", orgB, "date", "2023-13-01", "orderNumber", "1"))
                .assertInvalid("date");
        Map<String, Object> blankOrder = transferTo(orgB, "2023-09-01", 2);
        blankOrder.put("orderNumber", " ");
        registry.transfer(registry.ministry(), pupil.studentId(), blankOrder).assertInvalid("orderNumber");

        assertUnchanged(pupil);
    }

    @Test
    void aStudentOfAnotherRegionIsNotFound() {
        Pupil pupil = pupilOfA();
        String theirSchool = elsewhere.organization();

        elsewhere.transfer(elsewhere.ministry(), pupil.studentId(), transferTo(theirSchool, "2023-09-01", 2)).assertProblem(404, "not-found");
        elsewhere.transfer(elsewhere.school(theirSchool), pupil.studentId(), transferTo(theirSchool, "2023-09-01", 2))
                .assertProblem(404, "not-found");

        assertUnchanged(pupil);
        assertEquals(0, Sql.count("select count(*) from region_" + elsewhere.region() + ".enrollment where student_id = ?::uuid",
                pupil.studentId()));
    }

    /**
     * Two schools claim the same pupil at once. Whatever the interleaving, the history stays a
     * chain: one active basic enrollment, every earlier one ended TRANSFERRED, one row per success.
     * If the calls do not overlap, the second is simply a further transfer (both 201); if they do,
     * the loser gets a 409 and leaves nothing behind.
     */
    @Test
    void concurrentTransfersKeepOneActiveBasicEnrollment() {
        for (int round = 0; round < 4; round++) {
            Pupil pupil = pupilOfA();
            String schoolB = registry.school(orgB);
            String schoolC = registry.school(orgC);

            List<Reply> replies = Concurrently.run(
                    () -> registry.transfer(schoolB, pupil.studentId(), transferTo(orgB, "2023-09-01", 2)),
                    () -> registry.transfer(schoolC, pupil.studentId(), transferTo(orgC, "2023-09-01", 2)));

            int r = round;
            List<List<Object>> rows = enrollments(region, pupil.studentId());
            String story = "round " + r + ": " + replies.stream().map(reply -> reply.status() + " " + reply.body()).toList() + "; stored: " + rows;
            long successes = replies.stream().filter(reply -> reply.status() == 201).count();
            assertTrue(successes >= 1, story);
            for (Reply reply : replies) {
                if (reply.status() != 201) {
                    String slug = reply.json().path("type").asText().replaceAll(".*/", "");
                    assertTrue(Set.of("no-active-basic-enrollment", "second-basic-enrollment").contains(slug), story);
                    reply.assertProblem(409, slug);
                }
            }
            assertEquals(1, activeBasic(region, pupil.studentId()), story);
            assertEquals(1 + successes, rows.size(), story);
            for (List<Object> ended : rows.subList(0, rows.size() - 1)) {
                assertEquals(Arrays.asList("2023-09-01", "TRANSFERRED"), ended.subList(6, 8), story);
            }
            assertEquals(Arrays.asList(null, null), rows.get(rows.size() - 1).subList(6, 8), story);
            List<String> winners = replies.stream().filter(reply -> reply.status() == 201)
                    .map(reply -> reply.json().path("organizationId").asText()).toList();
            assertTrue(winners.contains(rows.get(rows.size() - 1).get(0)), story);
            assertEquals(rows.size(), federalIndex(region, pupil.studentId()).size(), story);
            assertEquals(1, federalIndex(region, pupil.studentId()).stream().filter(row -> row.get(5) == null).count(), story);
        }
    }

    /** The pupil's enrollment in A is still active, alone, with its index row open and no write audited since. */
    private static void assertUnchanged(Pupil pupil) {
        assertEquals(List.of(Arrays.asList(orgA, "BASIC", "PRIMARY_GENERAL", "2", "2021-09-01", "123-у", null, null)),
                enrollments(region, pupil.studentId()), "the first enrollment stays active and no second one appears");
        List<List<Object>> index = federalIndex(region, pupil.studentId());
        assertEquals(1, index.size(), index::toString);
        assertEquals(Arrays.asList(pupil.enrollmentId(), "2021-09-01", null), index.get(0).subList(3, 6));
        assertEquals(List.of("CREATE", "CREATE"), audit(region, pupil.studentId()).stream().map(row -> row.get(0)).toList(),
                "only the registration and the enrollment are journaled");
    }
}
