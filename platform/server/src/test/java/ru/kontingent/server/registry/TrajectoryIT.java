package ru.kontingent.server.registry;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.kontingent.server.testing.KontingentIT;
import ru.kontingent.server.testing.Regions;
import ru.kontingent.server.testing.RegistryCalls;
import ru.kontingent.server.testing.Reply;
import ru.kontingent.server.testing.SnilsHashes;
import ru.kontingent.server.testing.Sql;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.kontingent.server.testing.RegistryCalls.assertEnrollment;
import static ru.kontingent.server.testing.RegistryCalls.fieldNames;
import static ru.kontingent.server.testing.RegistryCalls.transferTo;
import static ru.kontingent.server.testing.RegistryData.aStudent;
import static ru.kontingent.server.testing.RegistryData.anEnrollment;
import static ru.kontingent.server.testing.RegistryData.anOrganization;
import static ru.kontingent.server.testing.RegistryTables.audit;
import static ru.kontingent.server.testing.RegistryTables.federalIndexByHash;

/**
 * A student's trajectory: its enrollments in this region oldest first, and, from the federal
 * index, the other regions where the same person (same SNILS) was or is enrolled, as region code
 * and dates only. Reading it is audited in the region of the data.
 */
class TrajectoryIT extends KontingentIT {

    private static RegistryCalls regionA;
    private static RegistryCalls regionB;
    private static String orgA1;
    private static String orgA2;
    private static String orgB;

    @BeforeAll
    static void twoRegions() {
        regionA = new RegistryCalls(api, Regions.onboard(api, "trj_a", 1));
        regionB = new RegistryCalls(api, Regions.onboard(api, "trj_b", 1));
        orgA1 = regionA.organization();
        orgA2 = regionA.organization();
        orgB = regionB.organization(anOrganization().with("fullName", "ГБОУ Школа № 1535 г. Москвы")
                .with("municipality", "Москва").with("address", "119048, г. Москва, ул. Усачёва, д. 50").build());
    }

    @Test
    void theEnrollmentsComeOldestFirstAndTheReadIsAudited() {
        String ministry = regionA.ministry();
        String studentId = regionA.student(ministry);
        String preschool = regionA.enrolled(ministry, studentId, anEnrollment(orgA1).with("level", "PRESCHOOL").without("grade")
                .with("startDate", "2017-09-01").build());
        regionA.end(ministry, studentId, preschool, "2021-08-31", "COMPLETED").assertStatus(200);
        String primary = regionA.enrolled(ministry, studentId, anEnrollment(orgA2).build());
        // Entered last, started between the two.
        String additional = regionA.enrolled(ministry, studentId, anEnrollment(orgA1).with("program", "ADDITIONAL")
                .with("level", "ADDITIONAL").without("grade").with("startDate", "2019-10-01").build());

        JsonNode trajectory = regionA.trajectory(ministry, studentId).assertStatus(200).json();

        assertEquals(Set.of("studentId", "enrollments", "otherRegions"), fieldNames(trajectory));
        assertEquals(studentId, trajectory.path("studentId").asText());
        JsonNode enrollments = trajectory.path("enrollments");
        assertEquals(List.of(preschool, additional, primary), ids(enrollments));
        assertEnrollment(enrollments.get(0), studentId, orgA1, "BASIC", "PRESCHOOL", null, "2017-09-01");
        assertEquals("2021-08-31", enrollments.get(0).path("endDate").asText());
        assertEquals("COMPLETED", enrollments.get(0).path("endReason").asText());
        assertEnrollment(enrollments.get(1), studentId, orgA1, "ADDITIONAL", "ADDITIONAL", null, "2019-10-01");
        assertEnrollment(enrollments.get(2), studentId, orgA2, "BASIC", "PRIMARY_GENERAL", 1, "2021-09-01");
        assertTrue(enrollments.get(2).path("endDate").isNull());
        assertTrue(trajectory.path("otherRegions").isArray() && trajectory.path("otherRegions").isEmpty(), trajectory::toString);

        List<List<Object>> journal = audit(regionA.region(), studentId);
        assertEquals(Arrays.asList("READ", "education-ministry", null, "trajectory"), journal.get(journal.size() - 1));
    }

    @Test
    void aTransferShowsAsTwoEnrollmentsOfTheSameRegion() {
        String school = regionA.school(orgA1);
        String studentId = regionA.student(school);
        String first = regionA.enrolled(school, studentId, anEnrollment(orgA1).build());
        String second = regionA.transfer(regionA.school(orgA2), studentId, transferTo(orgA2, "2022-01-10", 1))
                .assertStatus(201).json().path("id").asText();

        JsonNode trajectory = regionA.trajectory(regionA.school(orgA2), studentId).assertStatus(200).json();

        assertEquals(List.of(first, second), ids(trajectory.path("enrollments")));
        assertEquals("2022-01-10", trajectory.path("enrollments").get(0).path("endDate").asText());
        assertEquals("TRANSFERRED", trajectory.path("enrollments").get(0).path("endReason").asText());
        assertEquals(orgA2, trajectory.path("enrollments").get(1).path("organizationId").asText());
        assertTrue(trajectory.path("otherRegions").isEmpty(), "a move within the region is no other region: " + trajectory);
        List<List<Object>> journal = audit(regionA.region(), studentId);
        assertEquals(Arrays.asList("READ", "school-operator", orgA2, "trajectory"), journal.get(journal.size() - 1));
    }

    @Test
    void aChildWhoMovedToAnotherRegionIsFollowedByRegionAndDatesOnly() {
        Map<String, Object> child = aStudent().with("lastName", "Петров").with("firstName", "Гордей").with("sex", "M").build();
        String snils = (String) child.get("snils");

        String inA = regionA.student(regionA.school(orgA1), child);
        String enrollmentA = regionA.enrolled(regionA.school(orgA1), inA, anEnrollment(orgA1).with("startDate", "2019-09-01").build());
        regionA.end(regionA.school(orgA1), inA, enrollmentA, "2022-05-31", "MOVED_TO_ANOTHER_REGION").assertStatus(200);

        String inB = regionB.student(regionB.school(orgB), child);
        // Registered in B, not yet enrolled there: nothing to show in A yet.
        assertTrue(regionA.trajectory(regionA.ministry(), inA).assertStatus(200).json().path("otherRegions").isEmpty());
        String enrollmentB = regionB.enrolled(regionB.school(orgB), inB, anEnrollment(orgB).with("grade", 4)
                .with("startDate", "2022-09-01").build());

        Reply fromA = regionA.trajectory(regionA.ministry(), inA).assertStatus(200);
        JsonNode otherOfA = fromA.json().path("otherRegions");
        assertEquals(1, otherOfA.size(), fromA::body);
        assertForeign(otherOfA.get(0), regionB.region(), "2022-09-01", null);
        assertEquals(List.of(enrollmentA), ids(fromA.json().path("enrollments")));
        assertLeaksNothing(fromA, inB, enrollmentB, orgB, "ГБОУ Школа № 1535", "Москва");

        Reply fromB = regionB.trajectory(regionB.school(orgB), inB).assertStatus(200);
        JsonNode otherOfB = fromB.json().path("otherRegions");
        assertEquals(1, otherOfB.size(), fromB::body);
        assertForeign(otherOfB.get(0), regionA.region(), "2019-09-01", "2022-05-31");
        assertEquals(List.of(enrollmentB), ids(fromB.json().path("enrollments")));
        assertLeaksNothing(fromB, inA, enrollmentA, orgA1, regionA.organizationView(orgA1).path("fullName").asText(), "Ростов-на-Дону");

        // The index knows the person only by the keyed hash of the SNILS, one row per enrollment.
        String hash = SnilsHashes.of(snils);
        assertEquals(List.of(
                        Arrays.asList("STUDENT", regionA.region(), inA, "2019-09-01", "2022-05-31"),
                        Arrays.asList("STUDENT", regionB.region(), inB, "2022-09-01", null)),
                federalIndexByHash(hash));
        assertEquals(Arrays.asList(enrollmentA, enrollmentB),
                Sql.rows("select enrollment_id from platform.federal_index where kind = 'STUDENT' and snils_hash = ? order by id", hash)
                        .stream().map(row -> row.get(0)).toList());
        assertEquals(0, Sql.count("select count(*) from platform.federal_index where snils_hash = ?", snils.replaceAll("\\D", "")));

        // Each read is journaled in the region of the data it read, and only there.
        List<List<Object>> journalA = audit(regionA.region(), inA);
        assertEquals(Arrays.asList("READ", "education-ministry", null, "trajectory"), journalA.get(journalA.size() - 1));
        List<List<Object>> journalB = audit(regionB.region(), inB);
        assertEquals(Arrays.asList("READ", "school-operator", orgB, "trajectory"), journalB.get(journalB.size() - 1));
        assertEquals(0, Sql.count("select count(*) from region_" + regionB.region() + ".audit_event where subject_id = ?", inA));
        assertEquals(0, Sql.count("select count(*) from region_" + regionA.region() + ".audit_event where subject_id = ?", inB));
    }

    @Test
    void aReturnTripShowsEveryStayElsewhereInOrder() {
        Map<String, Object> child = aStudent().build();
        String inA = regionA.student(regionA.ministry(), child);
        String firstA = regionA.enrolled(regionA.ministry(), inA, anEnrollment(orgA1).with("startDate", "2018-09-01").build());
        regionA.end(regionA.ministry(), inA, firstA, "2019-12-27", "MOVED_TO_ANOTHER_REGION").assertStatus(200);

        String inB = regionB.student(regionB.ministry(), child);
        String inB1 = regionB.enrolled(regionB.ministry(), inB, anEnrollment(orgB).with("grade", 2).with("startDate", "2020-01-13").build());
        regionB.end(regionB.ministry(), inB, inB1, "2021-05-31", "MOVED_TO_ANOTHER_REGION").assertStatus(200);

        regionA.enrolled(regionA.ministry(), inA, anEnrollment(orgA2).with("grade", 4).with("startDate", "2021-09-01").build());

        JsonNode otherOfA = regionA.trajectory(regionA.ministry(), inA).assertStatus(200).json().path("otherRegions");
        assertEquals(1, otherOfA.size(), otherOfA::toString);
        assertForeign(otherOfA.get(0), regionB.region(), "2020-01-13", "2021-05-31");

        JsonNode otherOfB = regionB.trajectory(regionB.ministry(), inB).assertStatus(200).json().path("otherRegions");
        assertEquals(2, otherOfB.size(), otherOfB::toString);
        assertForeign(otherOfB.get(0), regionA.region(), "2018-09-01", "2019-12-27");
        assertForeign(otherOfB.get(1), regionA.region(), "2021-09-01", null);
    }

    @Test
    void onlyThoseWhoMaySeeTheStudentReadItsTrajectory() {
        String studentId = regionA.student(regionA.school(orgA1));
        regionA.enrolled(regionA.school(orgA1), studentId, anEnrollment(orgA1).build());

        regionA.trajectory(regionA.school(orgA2), studentId).assertProblem(403, "forbidden");
        regionB.trajectory(regionB.ministry(), studentId).assertProblem(404, "not-found");
        regionB.trajectory(regionB.school(orgB), studentId).assertProblem(404, "not-found");
        regionA.trajectory(regionA.ministry(), "not-a-student").assertProblem(404, "not-found");

        assertEquals(0, Sql.count("select count(*) from region_" + regionA.region() + ".audit_event where subject_id = ?"
                + " and action = 'READ'", studentId), "a refused read is not journaled as a read");
        assertEquals(0, Sql.count("select count(*) from region_" + regionB.region() + ".audit_event where subject_id = ?", studentId));

        regionA.trajectory(regionA.school(orgA1), studentId).assertStatus(200);
    }

    private static List<String> ids(JsonNode enrollments) {
        return StreamSupport.stream(enrollments.spliterator(), false).map(e -> e.path("id").asText()).toList();
    }

    /** An entry of otherRegions: exactly region, from and to, nothing that names or identifies anything over there. */
    private static void assertForeign(JsonNode entry, String region, String from, String to) {
        assertEquals(Set.of("region", "from", "to"), fieldNames(entry), entry::toString);
        assertEquals(region, entry.path("region").asText());
        assertEquals(from, entry.path("from").asText());
        if (to == null) {
            assertTrue(entry.path("to").isNull(), entry::toString);
        } else {
            assertEquals(to, entry.path("to").asText());
        }
    }

    private static void assertLeaksNothing(Reply reply, String... foreign) {
        for (String text : foreign) {
            assertFalse(reply.body().contains(text), () -> "the other region's '" + text + "' leaked: " + reply.body());
        }
    }
}
