package ru.kontingent.server.registry;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.kontingent.server.testing.Concurrently;
import ru.kontingent.server.testing.KontingentIT;
import ru.kontingent.server.testing.Regions;
import ru.kontingent.server.testing.RegistryCalls;
import ru.kontingent.server.testing.Reply;
import ru.kontingent.server.testing.SnilsHashes;
import ru.kontingent.server.testing.Sql;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.kontingent.server.testing.RegistryCalls.assertEnrollment;
import static ru.kontingent.server.testing.RegistryCalls.fieldNames;
import static ru.kontingent.server.testing.RegistryData.aStudent;
import static ru.kontingent.server.testing.RegistryData.anEnrollment;
import static ru.kontingent.server.testing.RegistryTables.activeBasic;
import static ru.kontingent.server.testing.RegistryTables.audit;
import static ru.kontingent.server.testing.RegistryTables.ending;
import static ru.kontingent.server.testing.RegistryTables.enrollmentCount;
import static ru.kontingent.server.testing.RegistryTables.enrollments;
import static ru.kontingent.server.testing.RegistryTables.federalIndex;

/**
 * Enrollments (приказ о зачислении) and their end (приказ об отчислении): who may enroll where,
 * the grade and program rules of 273-FZ, at most one active basic enrollment (also under a race),
 * and what each call leaves in the region's tables, the federal index and the audit journal.
 */
class EnrollmentIT extends KontingentIT {

    private static final Set<String> ENROLLMENT_FIELDS = Set.of("id", "studentId", "organizationId", "organizationName",
            "municipality", "program", "level", "grade", "startDate", "orderNumber", "endDate", "endReason", "endNote");

    private static String region;
    private static RegistryCalls registry;
    private static RegistryCalls elsewhere;
    private static String orgA;
    private static String orgB;

    @BeforeAll
    static void regionWithTwoSchools() {
        region = Regions.onboard(api, "enr", 1);
        registry = new RegistryCalls(api, region);
        elsewhere = new RegistryCalls(api, Regions.onboard(api, "enr_x", 1));
        orgA = registry.organization();
        orgB = registry.organization();
    }

    @Test
    void aSchoolEnrollsItsOwnStudent() {
        String school = registry.school(orgA);
        Map<String, Object> child = aStudent().build();
        String snils = (String) child.get("snils");
        String studentId = registry.student(school, child);

        Reply reply = registry.enroll(school, studentId, anEnrollment(orgA).with("grade", 2).with("startDate", "2022-09-01")
                .with("orderNumber", "15-у").build()).assertStatus(201);

        JsonNode view = reply.json();
        assertEquals(ENROLLMENT_FIELDS, fieldNames(view));
        String enrollmentId = view.path("id").asText();
        UUID.fromString(enrollmentId);
        assertEnrollment(view, studentId, orgA, "BASIC", "PRIMARY_GENERAL", 2, "2022-09-01");
        JsonNode organization = registry.organizationView(orgA);
        assertEquals(organization.path("fullName").asText(), view.path("organizationName").asText());
        assertEquals("Ростов-на-Дону", view.path("municipality").asText());
        assertEquals("15-у", view.path("orderNumber").asText());
        assertTrue(view.path("endDate").isNull(), "endDate");
        assertTrue(view.path("endReason").isNull(), "endReason");

        assertEquals(List.of(Arrays.asList(orgA, "BASIC", "PRIMARY_GENERAL", "2", "2022-09-01", "15-у", null, null)),
                enrollments(region, studentId));

        List<List<Object>> index = federalIndex(region, studentId);
        assertEquals(1, index.size(), () -> "one federal index row per enrollment: " + index);
        assertEquals(Arrays.asList("STUDENT", region, studentId, enrollmentId, "2022-09-01", null), index.get(0).subList(0, 6));
        String hash = (String) index.get(0).get(6);
        String digits = snils.replaceAll("\\D", "");
        assertTrue(hash.matches("[0-9a-f]{64}"), () -> "a 64-hex HMAC-SHA256: " + hash);
        assertFalse(hash.contains(digits), "the plain SNILS is never stored");
        assertEquals(SnilsHashes.of(snils), hash, "HMAC-SHA256 of the SNILS digits under the configured key");
        assertEquals(0, Sql.count("select count(*) from platform.federal_index where snils_hash like ? or student_id like ?",
                "%" + digits + "%", "%" + digits + "%"));

        List<List<Object>> journal = audit(region, studentId);
        assertEquals(2, journal.size(), () -> "registration and enrollment: " + journal);
        assertEquals(Arrays.asList("CREATE", "school-operator", orgA, "enrollment"), journal.get(1));
    }

    @Test
    void theMinistryEnrollsIntoAnyOrganizationOfItsRegion() {
        String studentId = registry.student(registry.ministry());

        JsonNode view = registry.enroll(registry.ministry(), studentId, anEnrollment(orgB).build()).assertStatus(201).json();

        assertEnrollment(view, studentId, orgB, "BASIC", "PRIMARY_GENERAL", 1, "2021-09-01");
        assertEquals(List.of(Arrays.asList(orgB, "BASIC", "PRIMARY_GENERAL", "1", "2021-09-01", "123-у", null, null)),
                enrollments(region, studentId));
        List<List<Object>> journal = audit(region, studentId);
        assertEquals(Arrays.asList("CREATE", "education-ministry", null, "enrollment"), journal.get(journal.size() - 1));
    }

    @Test
    void aSchoolEnrollsOnlyIntoItsOwnOrganization() {
        String school = registry.school(orgA);
        String studentId = registry.student(school);

        registry.enroll(school, studentId, anEnrollment(orgB).build()).assertProblem(403, "forbidden");

        assertNothingEnrolled(studentId);
    }

    @Test
    void aSchoolEnrollsOnlyStudentsItCanSee() {
        String registeredByB = registry.student(registry.school(orgB));
        String registeredByMinistry = registry.student(registry.ministry());
        String schoolA = registry.school(orgA);

        registry.enroll(schoolA, registeredByB, anEnrollment(orgA).build()).assertProblem(403, "forbidden");
        registry.enroll(schoolA, registeredByMinistry, anEnrollment(orgA).build()).assertProblem(403, "forbidden");
        assertNothingEnrolled(registeredByB);
        assertNothingEnrolled(registeredByMinistry);

        // Once enrolled in A (by the ministry), the student is A's to see: A adds an additional program.
        registry.enrolled(registry.ministry(), registeredByMinistry, anEnrollment(orgA).build());
        JsonNode additional = registry.enroll(schoolA, registeredByMinistry, additional(orgA, "2022-10-01")).assertStatus(201).json();
        assertEnrollment(additional, registeredByMinistry, orgA, "ADDITIONAL", "ADDITIONAL", null, "2022-10-01");
        assertEquals(2, enrollmentCount(region, registeredByMinistry));
    }

    @Test
    void theGradeMustFitTheLevel() {
        String studentId = registry.student(registry.ministry());
        Object[][] wrong = {
                {"PRIMARY_GENERAL", 0}, {"PRIMARY_GENERAL", 5}, {"PRIMARY_GENERAL", null},
                {"BASIC_GENERAL", 4}, {"BASIC_GENERAL", 10}, {"BASIC_GENERAL", null},
                {"SECONDARY_GENERAL", 9}, {"SECONDARY_GENERAL", 12},
                {"VOCATIONAL", 0}, {"VOCATIONAL", 5}, {"VOCATIONAL", null},
                {"PRESCHOOL", 1}};
        for (Object[] c : wrong) {
            registry.enroll(registry.ministry(), studentId, basic(orgA, (String) c[0], (Integer) c[1])).assertInvalid("grade");
        }
        registry.enroll(registry.ministry(), studentId, anEnrollment(orgA).with("program", "ADDITIONAL")
                .with("level", "ADDITIONAL").with("grade", 3).build()).assertInvalid("grade");
        assertNothingEnrolled(studentId);

        Object[][] right = {
                {"PRIMARY_GENERAL", 1}, {"PRIMARY_GENERAL", 4}, {"BASIC_GENERAL", 5}, {"BASIC_GENERAL", 9},
                {"SECONDARY_GENERAL", 10}, {"SECONDARY_GENERAL", 11}, {"VOCATIONAL", 1}, {"VOCATIONAL", 4},
                {"PRESCHOOL", null}};
        for (Object[] c : right) {
            String child = registry.student(registry.ministry());
            JsonNode view = registry.enroll(registry.ministry(), child, basic(orgA, (String) c[0], (Integer) c[1]))
                    .assertStatus(201).json();
            assertEnrollment(view, child, orgA, "BASIC", (String) c[0], (Integer) c[1], "2021-09-01");
            assertEquals(List.of(Arrays.asList(orgA, "BASIC", c[0], c[1] == null ? null : c[1].toString(), "2021-09-01", "123-у", null, null)),
                    enrollments(region, child));
        }
    }

    @Test
    void theProgramAndTheLevelMustAgree() {
        String studentId = registry.student(registry.ministry());

        registry.enroll(registry.ministry(), studentId,
                anEnrollment(orgA).with("program", "ADDITIONAL").with("level", "PRIMARY_GENERAL").with("grade", 2).build())
                .assertInvalid("level");
        registry.enroll(registry.ministry(), studentId, anEnrollment(orgA).with("level", "ADDITIONAL").without("grade").build())
                .assertInvalid("level");
        assertNothingEnrolled(studentId);

        registry.enroll(registry.ministry(), studentId, additional(orgA, "2021-10-01")).assertStatus(201);
        assertEquals(List.of(Arrays.asList(orgA, "ADDITIONAL", "ADDITIONAL", null, "2021-10-01", "123-у", null, null)),
                enrollments(region, studentId));
    }

    @Test
    void missingAndMalformedFieldsAreListed() {
        String studentId = registry.student(registry.ministry());

        registry.enroll(registry.ministry(), studentId, Map.of())
                .assertInvalid("organizationId", "program", "level", "startDate", "orderNumber");
        registry.enroll(registry.ministry(), studentId, anEnrollment(orgA).with("orderNumber", "  ").build()).assertInvalid("orderNumber");
        registry.enroll(registry.ministry(), studentId, anEnrollment(orgA).with("orderNumber", "у".repeat(51)).build())
                .assertInvalid("orderNumber");
        registry.enroll(registry.ministry(), studentId, anEnrollment(orgA).with("program", "EXTRA").build()).assertInvalid("program");
        registry.enroll(registry.ministry(), studentId, anEnrollment(orgA).with("level", "UNIVERSITY").build()).assertInvalid("level");
        registry.enroll(registry.ministry(), studentId, anEnrollment(orgA).with("startDate", "01.09.2021").build())
                .assertInvalid("startDate");

        assertNothingEnrolled(studentId);
    }

    @Test
    void aSecondActiveBasicEnrollmentIsRefusedAdditionalOnesAreNot() {
        String studentId = registry.student(registry.ministry());
        registry.enrolled(registry.ministry(), studentId, anEnrollment(orgA).build());

        registry.enroll(registry.ministry(), studentId, anEnrollment(orgB).with("startDate", "2022-09-01").build())
                .assertProblem(409, "second-basic-enrollment");
        registry.enroll(registry.ministry(), studentId, anEnrollment(orgA).with("grade", 2).build())
                .assertProblem(409, "second-basic-enrollment");
        registry.enroll(registry.ministry(), studentId, additional(orgA, "2021-10-01")).assertStatus(201);
        registry.enroll(registry.ministry(), studentId, additional(orgB, "2021-11-01")).assertStatus(201);
        registry.enroll(registry.ministry(), studentId, additional(orgB, "2022-01-10")).assertStatus(201);

        assertEquals(1, activeBasic(region, studentId));
        assertEquals(List.of(
                        Arrays.asList(orgA, "BASIC", "PRIMARY_GENERAL", "1", "2021-09-01", "123-у", null, null),
                        Arrays.asList(orgA, "ADDITIONAL", "ADDITIONAL", null, "2021-10-01", "123-у", null, null),
                        Arrays.asList(orgB, "ADDITIONAL", "ADDITIONAL", null, "2021-11-01", "123-у", null, null),
                        Arrays.asList(orgB, "ADDITIONAL", "ADDITIONAL", null, "2022-01-10", "123-у", null, null)),
                enrollments(region, studentId));
        assertEquals(4, federalIndex(region, studentId).size(), "no index row for a refused enrollment");
        assertEquals(4, auditEnrollmentEvents(studentId, "CREATE"), "no audit event for a refused enrollment");
    }

    @Test
    void twoConcurrentBasicEnrollmentsOneWinsTheDatabaseDecides() {
        for (int round = 0; round < 5; round++) {
            String studentId = registry.student(registry.ministry());
            String ministry = registry.ministry();

            List<Reply> replies = Concurrently.run(
                    () -> registry.enroll(ministry, studentId, anEnrollment(orgA).build()),
                    () -> registry.enroll(ministry, studentId, anEnrollment(orgB).build()));

            int r = round;
            List<Integer> statuses = replies.stream().map(Reply::status).sorted().toList();
            assertEquals(List.of(201, 409), statuses, () -> "round " + r + ": " + replies);
            Reply winner = replies.stream().filter(reply -> reply.status() == 201).findFirst().orElseThrow();
            replies.stream().filter(reply -> reply.status() == 409).findFirst().orElseThrow()
                    .assertProblem(409, "second-basic-enrollment");

            assertEquals(1, activeBasic(region, studentId), () -> "round " + r);
            List<List<Object>> rows = enrollments(region, studentId);
            assertEquals(1, rows.size(), () -> "round " + r + ": " + rows);
            assertEquals(winner.json().path("organizationId").asText(), rows.get(0).get(0));
            List<List<Object>> index = federalIndex(region, studentId);
            assertEquals(1, index.size(), () -> "round " + r + ": the loser leaves no index row: " + index);
            assertEquals(winner.json().path("id").asText(), index.get(0).get(3));
            assertEquals(1, auditEnrollmentEvents(studentId, "CREATE"), () -> "round " + r + ": the loser leaves no audit event");
        }
    }

    @Test
    void theDatabaseItselfAllowsOneActiveBasicEnrollment() {
        String studentId = registry.student(registry.ministry());
        registry.enrolled(registry.ministry(), studentId, anEnrollment(orgA).build());
        String insert = "insert into region_" + region + ".enrollment (id, student_id, organization_id, program, level, grade,"
                + " start_date, order_number, end_date, end_reason, created_at) values (gen_random_uuid(), ?::uuid, ?::uuid, ?,"
                + " 'PRIMARY_GENERAL', 1, date '2020-09-01', 'sql', ?::date, ?, now()) returning id";

        // Ended basic and active additional rows are outside the partial unique index...
        assertEquals(1, Sql.rows(insert, studentId, orgB, "BASIC", "2021-05-31", "COMPLETED").size());
        assertEquals(1, Sql.rows(insert, studentId, orgB, "ADDITIONAL", null, null).size());
        // ...a second active basic one is not, whoever writes it.
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> Sql.rows(insert, studentId, orgB, "BASIC", null, null));
        SQLException cause = (SQLException) refused.getCause();
        assertEquals("23505", cause.getSQLState(), cause::getMessage);
        assertTrue(cause.getMessage().contains("enrollment_one_active_basic"), cause::getMessage);
        assertEquals(1, activeBasic(region, studentId));
    }

    @Test
    void anUnknownOrForeignOrganizationIsNotFound() {
        String studentId = registry.student(registry.ministry());
        String foreignOrganization = elsewhere.organization();

        registry.enroll(registry.ministry(), studentId, anEnrollment(UUID.randomUUID().toString()).build())
                .assertProblem(404, "not-found");
        registry.enroll(registry.ministry(), studentId, anEnrollment(foreignOrganization).build())
                .assertProblem(404, "not-found");
        registry.enroll(registry.ministry(), studentId, anEnrollment("school-7").build()).assertInvalid("organizationId");

        assertNothingEnrolled(studentId);
    }

    @Test
    void aStudentOfAnotherRegionIsNotFound() {
        String foreignStudent = elsewhere.student(elsewhere.ministry());

        registry.enroll(registry.ministry(), foreignStudent, anEnrollment(orgA).build()).assertProblem(404, "not-found");
        registry.enroll(registry.school(orgA), foreignStudent, anEnrollment(orgA).build()).assertProblem(404, "not-found");
        registry.enrollments(registry.ministry(), foreignStudent).assertProblem(404, "not-found");
        registry.enroll(registry.ministry(), "not-a-student", anEnrollment(orgA).build()).assertProblem(404, "not-found");

        assertEquals(0, Sql.count("select count(*) from region_" + region + ".enrollment where student_id = ?::uuid", foreignStudent));
        assertEquals(0, enrollmentCount(elsewhere.region(), foreignStudent));
        assertEquals(0, Sql.count("select count(*) from region_" + region + ".audit_event where subject_id = ?", foreignStudent));
    }

    @Test
    void theEnrollmentsAreListedOldestFirstAndTheReadIsAudited() {
        String studentId = registry.student(registry.ministry());
        String additionalId = registry.enrolled(registry.ministry(), studentId, additional(orgB, "2022-10-01"));
        String basicId = registry.enrolled(registry.ministry(), studentId, anEnrollment(orgA).build());

        JsonNode list = registry.enrollments(registry.ministry(), studentId).assertStatus(200).json();

        assertTrue(list.isArray(), list::toString);
        assertEquals(2, list.size(), list::toString);
        assertEquals(basicId, list.get(0).path("id").asText());
        assertEnrollment(list.get(0), studentId, orgA, "BASIC", "PRIMARY_GENERAL", 1, "2021-09-01");
        assertEquals(additionalId, list.get(1).path("id").asText());
        assertEnrollment(list.get(1), studentId, orgB, "ADDITIONAL", "ADDITIONAL", null, "2022-10-01");
        assertEquals(ENROLLMENT_FIELDS, fieldNames(list.get(0)));
        List<List<Object>> journal = audit(region, studentId);
        assertEquals(Arrays.asList("READ", "education-ministry", null, "enrollments"), journal.get(journal.size() - 1));

        assertEquals(2, registry.enrollments(registry.school(orgA), studentId).assertStatus(200).json().size());
        String orgC = registry.organization();
        registry.enrollments(registry.school(orgC), studentId).assertProblem(403, "forbidden");
        assertEquals(0, Sql.count("select count(*) from region_" + region + ".audit_event where subject_id = ? and organization = ?",
                studentId, orgC), "a refused read is not a read");
    }

    @Test
    void endingAnEnrollmentRecordsTheDateAndReasonAndFreesTheStudent() {
        String school = registry.school(orgA);
        String studentId = registry.student(school);
        String enrollmentId = registry.enrolled(school, studentId, anEnrollment(orgA).build());

        JsonNode ended = registry.end(school, studentId, enrollmentId, "2023-05-31", "EXPELLED").assertStatus(200).json();

        assertEquals(enrollmentId, ended.path("id").asText());
        assertEnrollment(ended, studentId, orgA, "BASIC", "PRIMARY_GENERAL", 1, "2021-09-01");
        assertEquals("2023-05-31", ended.path("endDate").asText());
        assertEquals("EXPELLED", ended.path("endReason").asText());
        assertEquals(Arrays.asList("2023-05-31", "EXPELLED"), ending(region, enrollmentId));
        assertEquals(Arrays.asList(enrollmentId, "2021-09-01", "2023-05-31"), federalIndex(region, studentId).get(0).subList(3, 6));
        List<List<Object>> journal = audit(region, studentId);
        assertEquals(Arrays.asList("UPDATE", "school-operator", orgA, "enrollment"), journal.get(journal.size() - 1));

        JsonNode next = registry.enroll(registry.ministry(), studentId, anEnrollment(orgB).with("startDate", "2023-09-01").build())
                .assertStatus(201).json();
        assertEnrollment(next, studentId, orgB, "BASIC", "PRIMARY_GENERAL", 1, "2023-09-01");
        assertEquals(1, activeBasic(region, studentId));
        assertEquals(2, enrollmentCount(region, studentId));
    }

    @Test
    void anEnrollmentEndsOnlyOnce() {
        String studentId = registry.student(registry.ministry());
        String enrollmentId = registry.enrolled(registry.ministry(), studentId, anEnrollment(orgA).build());
        registry.end(registry.ministry(), studentId, enrollmentId, "2022-05-31", "COMPLETED").assertStatus(200);

        registry.end(registry.ministry(), studentId, enrollmentId, "2022-06-15", "EXPELLED").assertProblem(409, "enrollment-ended");

        assertEquals(Arrays.asList("2022-05-31", "COMPLETED"), ending(region, enrollmentId));
        assertEquals("2022-05-31", federalIndex(region, studentId).get(0).get(5));
        assertEquals(1, auditEnrollmentEvents(studentId, "UPDATE"));
    }

    @Test
    void anEnrollmentCannotEndBeforeItStarted() {
        String studentId = registry.student(registry.ministry());
        String enrollmentId = registry.enrolled(registry.ministry(), studentId, anEnrollment(orgA).build());

        registry.end(registry.ministry(), studentId, enrollmentId, "2021-08-31", "OTHER").assertProblem(409, "end-before-start");

        assertEquals(Arrays.asList(null, null), ending(region, enrollmentId));
        assertEquals(null, federalIndex(region, studentId).get(0).get(5));
        assertEquals(0, auditEnrollmentEvents(studentId, "UPDATE"));

        // The day it started is the earliest it can end.
        registry.end(registry.ministry(), studentId, enrollmentId, "2021-09-01", "OTHER").assertStatus(200);
        assertEquals(Arrays.asList("2021-09-01", "OTHER"), ending(region, enrollmentId));
    }

    @Test
    void promotionIsNoReasonToEndOneEnrollmentByHand() {
        String studentId = registry.student(registry.ministry());
        String enrollmentId = registry.enrolled(registry.ministry(), studentId, anEnrollment(orgA).build());

        assertEquals(List.of("reason"), registry.end(registry.ministry(), studentId, enrollmentId, "2022-05-31", "PROMOTED")
                .assertProblem(400, "validation").errorFields());

        assertEquals(Arrays.asList(null, null), ending(region, enrollmentId));
        assertEquals(0, auditEnrollmentEvents(studentId, "UPDATE"));
    }

    @Test
    void onlyTheSchoolOfTheEnrollmentOrTheMinistryEndsIt() {
        String studentId = registry.student(registry.school(orgA));
        String enrollmentId = registry.enrolled(registry.school(orgA), studentId, anEnrollment(orgA).build());

        registry.end(registry.school(orgB), studentId, enrollmentId, "2022-05-31", "EXPELLED").assertProblem(403, "forbidden");
        assertEquals(Arrays.asList(null, null), ending(region, enrollmentId));
        assertEquals(0, auditEnrollmentEvents(studentId, "UPDATE"));

        registry.end(registry.ministry(), studentId, enrollmentId, "2022-05-31", "FAMILY_EDUCATION").assertStatus(200);
        assertEquals(Arrays.asList("2022-05-31", "FAMILY_EDUCATION"), ending(region, enrollmentId));
    }

    @Test
    void everyExitReasonIsAcceptedAndAnythingElseIsNot() {
        String studentId = registry.student(registry.ministry());
        List<String> reasons = List.of("COMPLETED", "TRANSFERRED", "MOVED_TO_ANOTHER_REGION", "MOVED_ABROAD", "FAMILY_EDUCATION",
                "EXPELLED", "DEATH", "OTHER");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < reasons.size(); i++) {
            ids.add(registry.enrolled(registry.ministry(), studentId, additional(orgA, "2021-10-0" + (i + 1))));
        }

        registry.end(registry.ministry(), studentId, ids.get(0), "2022-05-31", "GRADUATED").assertInvalid("reason");
        registry.end(registry.ministry(), studentId, ids.get(0), Map.of("reason", "COMPLETED")).assertInvalid("endDate");
        registry.end(registry.ministry(), studentId, ids.get(0), Map.of()).assertInvalid("endDate", "reason");
        assertEquals(Arrays.asList(null, null), ending(region, ids.get(0)));

        for (int i = 0; i < reasons.size(); i++) {
            JsonNode ended = registry.end(registry.ministry(), studentId, ids.get(i), "2022-05-31", reasons.get(i)).assertStatus(200).json();
            assertEquals(reasons.get(i), ended.path("endReason").asText());
            assertEquals(Arrays.asList("2022-05-31", reasons.get(i)), ending(region, ids.get(i)));
        }
    }

    @Test
    void endingAnUnknownOrSomeoneElsesEnrollmentIsNotFound() {
        String studentId = registry.student(registry.ministry());
        String otherStudent = registry.student(registry.ministry());
        String othersEnrollment = registry.enrolled(registry.ministry(), otherStudent, anEnrollment(orgA).build());

        registry.end(registry.ministry(), studentId, UUID.randomUUID().toString(), "2022-05-31", "OTHER").assertProblem(404, "not-found");
        registry.end(registry.ministry(), studentId, "not-an-id", "2022-05-31", "OTHER").assertProblem(404, "not-found");
        registry.end(registry.ministry(), studentId, othersEnrollment, "2022-05-31", "OTHER").assertProblem(404, "not-found");

        assertEquals(Arrays.asList(null, null), ending(region, othersEnrollment));
    }

    private static Map<String, Object> basic(String organizationId, String level, Integer grade) {
        Map<String, Object> body = anEnrollment(organizationId).with("level", level).build();
        if (grade == null) {
            body.remove("grade");
        } else {
            body.put("grade", grade);
        }
        return body;
    }

    private static Map<String, Object> additional(String organizationId, String startDate) {
        return anEnrollment(organizationId).with("program", "ADDITIONAL").with("level", "ADDITIONAL").without("grade")
                .with("startDate", startDate).build();
    }

    private static long auditEnrollmentEvents(String studentId, String action) {
        return Sql.count("select count(*) from region_" + region + ".audit_event where subject_type = 'student' and subject_id = ?"
                + " and action = ? and fields = 'enrollment'", studentId, action);
    }

    private static void assertNothingEnrolled(String studentId) {
        assertEquals(0, enrollmentCount(region, studentId), "no enrollment row");
        assertEquals(0, federalIndex(region, studentId).size(), "no federal index row");
        assertEquals(0, auditEnrollmentEvents(studentId, "CREATE"), "no audit event for an enrollment");
    }
}
