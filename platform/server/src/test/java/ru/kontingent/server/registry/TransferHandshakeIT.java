package ru.kontingent.server.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.kontingent.server.testing.AuditRows;
import ru.kontingent.server.testing.KontingentIT;
import ru.kontingent.server.testing.Regions;
import ru.kontingent.server.testing.RegistryCalls;
import ru.kontingent.server.testing.Reply;
import ru.kontingent.server.testing.SnilsHashes;
import ru.kontingent.server.testing.SnilsNumbers;
import ru.kontingent.server.testing.Sql;
import ru.kontingent.server.testing.Tokens;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.kontingent.server.testing.RegistryCalls.fieldNames;
import static ru.kontingent.server.testing.RegistryData.aRepresentative;
import static ru.kontingent.server.testing.RegistryData.aStudent;
import static ru.kontingent.server.testing.RegistryData.anEnrollment;
import static ru.kontingent.server.testing.RegistryTables.ending;
import static ru.kontingent.server.testing.RegistryTables.enrollments;
import static ru.kontingent.server.testing.RegistryTables.federalIndexByHash;

/**
 * The cross-region transfer handshake: the receiving school of region B asks for a child by SNILS,
 * region A's school sees the request with its own child's name and accepts or declines; on
 * acceptance A's enrollment ends, B gets the registry record (never health data) and an open
 * enrollment, both trajectories and both journals show the move. Nothing of the child reaches B before.
 */
class TransferHandshakeIT extends KontingentIT {

    private static final String REQUESTS = "/api/registry/transfer-requests";
    private static final Set<String> VIEW = Set.of("id", "state", "fromRegion", "fromOrganizationId", "toRegion", "toOrganizationId",
            "studentId", "grade", "plannedDate", "note", "requestedAt", "decidedAt", "declineReason", "exitDate", "orderNumber",
            "completedAt", "child");

    private static RegistryCalls regionA;
    private static RegistryCalls regionB;
    private static String orgA1;
    private static String orgA2;
    private static String orgB;
    private static String orgB2;

    @BeforeAll
    static void twoRegions() {
        regionA = new RegistryCalls(api, Regions.onboard(api, "hoa", 2));
        regionB = new RegistryCalls(api, Regions.onboard(api, "hob", 1));
        orgA1 = regionA.organization();
        orgA2 = regionA.organization();
        orgB = regionB.organization();
        orgB2 = regionB.organization();
    }

    @Test
    void anAcceptedRequestMovesTheRecordAndTheEnrollmentButNoHealthData() {
        Map<String, Object> body = aStudent().with("lastName", "Кузнецова").with("firstName", "Варвара").with("birthDate", "2015-03-08")
                .with("representatives", List.of(aRepresentative().with("lastName", "Кузнецов").with("firstName", "Игнат")
                        .with("relation", "FATHER").build())).build();
        String snils = (String) body.get("snils");
        // Schools of this test alone, so that lists and totals are exact.
        String orgA1 = regionA.organization();
        String orgA2 = regionA.organization();
        String orgB = regionB.organization();
        String parentSnils = (String) ((Map<?, ?>) ((List<?>) body.get("representatives")).get(0)).get("snils");
        String inA = regionA.student(regionA.school(orgA1), body);
        String enrollmentA = regionA.enrolled(regionA.school(orgA1), inA, anEnrollment(orgA1).with("grade", 3).build());
        api.put("/api/health/students/" + inA, Tokens.healthMinistry(regionA.region()), healthRecord()).assertStatus(201);

        Reply asked = request(regionB.school(orgB), snils, orgB, 4).assertStatus(201);
        JsonNode request = asked.json();
        String id = request.path("id").asText();
        assertEquals(VIEW, fieldNames(request));
        assertEquals("REQUESTED", request.path("state").asText());
        assertEquals(regionB.region(), request.path("toRegion").asText());
        assertEquals(orgB, request.path("toOrganizationId").asText());
        assertTrue(request.path("fromRegion").isNull() && request.path("studentId").isNull() && request.path("child").isNull(), asked::body);
        assertEquals(REQUESTS + "/" + id, java.net.URI.create(asked.header("Location")).getPath());

        // A's school of the child sees it, with the name (A's own data, read in A, journaled); the other school of A does not.
        JsonNode incoming = list(regionA.school(orgA1), "incoming").assertStatus(200).json();
        assertEquals(1, incoming.path("total").asInt(), incoming::toString);
        JsonNode item = incoming.path("items").get(0);
        assertEquals(VIEW, fieldNames(item));
        assertEquals(id, item.path("id").asText());
        assertEquals(inA, item.path("studentId").asText());
        assertEquals(orgA1, item.path("fromOrganizationId").asText());
        assertEquals(regionA.region(), item.path("fromRegion").asText());
        assertEquals(Map.of("lastName", "Кузнецова", "firstName", "Варвара", "middleName", "Сергеевна", "birthDate", "2015-03-08"),
                Api2.map(item.path("child")));
        assertEquals("4", item.path("grade").asText());
        assertEquals("Ждём с понедельника", item.path("note").asText());
        AuditRows.Row shown = last(AuditRows.about(regionA.region(), inA));
        assertEquals(new AuditRows.Row("READ", "school-operator", orgA1, "student", inA,
                Set.of("lastName", "firstName", "middleName", "birthDate")), shown);
        assertEquals(0, list(regionA.school(orgA2), "incoming").json().path("total").asInt());
        assertEquals(0, list(regionA.school(orgA1), "outgoing").json().path("total").asInt());

        // Only the child's own school (or A's ministry) decides; B cannot decide its own request.
        accept(regionA.school(orgA2), id).assertProblem(403, "forbidden");
        accept(regionB.school(orgB), id).assertProblem(404, "not-found");
        accept(regionB.ministry(), id).assertProblem(404, "not-found");
        accept(regionA.school(orgA1), "not-a-request").assertProblem(404, "not-found");
        assertEquals(Arrays.asList(null, null), ending(regionA.region(), enrollmentA));

        JsonNode accepted = accept(regionA.school(orgA1), id).assertStatus(200).json();
        assertEquals(VIEW, fieldNames(accepted));
        assertEquals("COMPLETED", accepted.path("state").asText(), accepted::toString);
        assertEquals("2024-01-15", accepted.path("exitDate").asText());
        assertEquals("15-о", accepted.path("orderNumber").asText());

        // A: the enrollment ended with the reason and the target region.
        assertEquals(List.of("2024-01-15", "MOVED_TO_ANOTHER_REGION"), ending(regionA.region(), enrollmentA));
        JsonNode trajectoryA = regionA.trajectory(regionA.ministry(), inA).assertStatus(200).json();
        JsonNode endedA = trajectoryA.path("enrollments").get(0);
        assertEquals("MOVED_TO_ANOTHER_REGION", endedA.path("endReason").asText());
        assertEquals("moved to region " + regionB.region() + " (order 15-о)", endedA.path("endNote").asText());
        assertEquals(1, trajectoryA.path("otherRegions").size(), trajectoryA::toString);
        assertEquals(regionB.region(), trajectoryA.path("otherRegions").get(0).path("region").asText());
        assertEquals("2024-01-15", trajectoryA.path("otherRegions").get(0).path("from").asText());

        // B: the record with its representatives, and an open enrollment in the requested school and grade.
        JsonNode outgoing = list(regionB.school(orgB), "outgoing").assertStatus(200).json();
        assertEquals(1, outgoing.path("total").asInt(), outgoing::toString);
        JsonNode done = outgoing.path("items").get(0);
        assertEquals("COMPLETED", done.path("state").asText());
        assertEquals(regionA.region(), done.path("fromRegion").asText());
        String inB = done.path("studentId").asText();
        assertEquals(inB, studentIdBySnils(regionB.region(), snils));
        JsonNode recordA = api.get("/api/registry/students/" + inA, regionA.ministry()).assertStatus(200).json();
        JsonNode recordB = api.get("/api/registry/students/" + inB, regionB.school(orgB)).assertStatus(200).json();
        assertEquals(withoutKeys(recordA), withoutKeys(recordB));
        assertEquals("Кузнецов", recordB.path("representatives").get(0).path("lastName").asText());
        assertEquals(List.of(List.of(orgB, "BASIC", "PRIMARY_GENERAL", "4", "2024-01-15", "15-о")),
                enrollments(regionB.region(), inB).stream().map(row -> row.subList(0, 6)).toList());
        assertEquals(1, Sql.count("select count(*) from region_" + regionB.region() + ".enrollment where student_id = ?::uuid"
                + " and end_date is null and transfer_request_id = ?::uuid", inB, id));
        JsonNode trajectoryB = regionB.trajectory(regionB.school(orgB), inB).assertStatus(200).json();
        assertEquals(1, trajectoryB.path("enrollments").size());
        assertEquals(1, trajectoryB.path("otherRegions").size(), trajectoryB::toString);
        assertEquals(regionA.region(), trajectoryB.path("otherRegions").get(0).path("region").asText());
        assertEquals("2024-01-15", trajectoryB.path("otherRegions").get(0).path("to").asText());

        // The federal index: A's stay closed, B's open; the parent now finds the child in both regions.
        assertEquals(List.of(
                        Arrays.asList("STUDENT", regionA.region(), inA, "2021-09-01", "2024-01-15"),
                        Arrays.asList("STUDENT", regionB.region(), inB, "2024-01-15", null)),
                federalIndexByHash(SnilsHashes.of(snils)));
        assertEquals(1, Sql.count("select count(*) from platform.federal_index where kind = 'REPRESENTATIVE' and region_code = ?"
                + " and student_id = ? and snils_hash = ?", regionB.region(), inB, SnilsHashes.of(parentSnils)));

        // No health data crossed: A keeps its record, B has none.
        assertEquals(1, Sql.count("select count(*) from region_" + regionA.region() + ".health_record where student_id = ?::uuid", inA));
        assertEquals(0, Sql.count("select count(*) from region_" + regionB.region() + ".health_record"));

        // Both journals record the handover.
        assertEquals(List.of(new AuditRows.Row("UPDATE", "school-operator", orgA1, "student", inA, Set.of("enrollments", "handover"))),
                AuditRows.about(regionA.region(), inA, "UPDATE"));
        List<AuditRows.Row> exports = AuditRows.about(regionA.region(), inA, "EXPORT");
        assertEquals(1, exports.size(), exports::toString);
        AuditRows.Row exported = exports.get(0);
        assertEquals(List.of("EXPORT", "school-operator", orgA1), List.of(exported.action(), exported.role(), exported.organization()));
        assertTrue(exported.fields().containsAll(Set.of("lastName", "snils", "representatives")), exported::toString);
        List<AuditRows.Row> journalB = AuditRows.about(regionB.region(), inB);
        AuditRows.Row received = journalB.get(0);
        assertEquals(List.of("CREATE", "school-operator"), List.of(received.action(), received.role()));
        assertTrue(received.organization() == null, received::toString);
        assertTrue(received.fields().containsAll(Set.of("lastName", "representatives", "enrollments", "handover")), received::toString);
        assertTrue(Sql.rows("select actor from region_" + regionB.region() + ".audit_event where subject_id = ? order by id", inB)
                .get(0).get(0).toString().endsWith("@" + regionA.region()));

        // Accepting again is a harmless retry: nothing is written twice.
        long eventsA = AuditRows.total(regionA.region());
        long eventsB = AuditRows.total(regionB.region());
        assertEquals("COMPLETED", accept(regionA.school(orgA1), id).assertStatus(200).json().path("state").asText());
        assertEquals(1, enrollments(regionB.region(), inB).size());
        assertEquals(eventsA, AuditRows.total(regionA.region()));
        assertEquals(eventsB, AuditRows.total(regionB.region()));
        decline(regionA.school(orgA1), id).assertProblem(409, "transfer-request-closed");
    }

    @Test
    void aDeclinedRequestCanBeFollowedByASecondOne() {
        Map<String, Object> body = aStudent().build();
        String snils = (String) body.get("snils");
        String inA = regionA.student(regionA.ministry(), body);
        String enrollmentA = regionA.enrolled(regionA.ministry(), inA, anEnrollment(orgA2).build());

        String first = request(regionB.ministry(), snils, orgB2, null).assertStatus(201).json().path("id").asText();
        request(regionB.school(orgB), snils, orgB, null).assertProblem(409, "transfer-request-open");

        JsonNode declined = decline(regionA.ministry(), first).assertStatus(200).json();
        assertEquals("DECLINED", declined.path("state").asText());
        assertEquals("Нет оснований: ребёнок продолжает обучение", declined.path("declineReason").asText());
        decline(regionA.ministry(), first).assertProblem(409, "transfer-request-closed");
        accept(regionA.ministry(), first).assertProblem(409, "transfer-request-closed");
        assertEquals(Arrays.asList(null, null), ending(regionA.region(), enrollmentA));
        assertEquals(0, Sql.count("select count(*) from region_" + regionB.region() + ".student where snils = ?", digits(snils)));

        JsonNode outgoing = list(regionB.ministry(), "outgoing").json();
        JsonNode seen = item(outgoing, first);
        assertEquals("DECLINED", seen.path("state").asText());
        assertEquals("Нет оснований: ребёнок продолжает обучение", seen.path("declineReason").asText());

        String second = request(regionB.ministry(), snils, orgB2, 2).assertStatus(201).json().path("id").asText();
        JsonNode accepted = accept(regionA.ministry(), second).assertStatus(200).json();
        assertEquals("COMPLETED", accepted.path("state").asText(), accepted::toString);
        assertEquals(List.of("2024-01-15", "MOVED_TO_ANOTHER_REGION"), ending(regionA.region(), enrollmentA));
        String inB = studentIdBySnils(regionB.region(), snils);
        assertEquals(List.of(List.of(orgB2, "BASIC", "PRIMARY_GENERAL", "2", "2024-01-15")),
                enrollments(regionB.region(), inB).stream().map(row -> row.subList(0, 5)).toList());
        assertEquals(List.of("DECLINED", "COMPLETED"), Sql.rows("select state from platform.transfer_request where snils_hash = ?"
                + " order by requested_at", SnilsHashes.of(snils)).stream().map(row -> row.get(0)).toList());
    }

    @Test
    void nothingOfTheChildReachesTheReceivingRegionBeforeAcceptance() {
        Map<String, Object> body = aStudent().with("lastName", "Белоусова").with("firstName", "Злата").with("birthDate", "2013-11-29")
                .with("representatives", List.of(aRepresentative().with("lastName", "Белоусов").with("firstName", "Ерофей").build()))
                .build();
        String snils = (String) body.get("snils");
        String inA = regionA.student(regionA.ministry(), body);
        regionA.enrolled(regionA.ministry(), inA, anEnrollment(orgA1).with("level", "BASIC_GENERAL").with("grade", 5).build());

        String[] secrets = {"Белоусов", "Злата", "Ерофей", "2013-11-29", inA};
        Reply asked = request(regionB.school(orgB), snils, orgB, null).assertStatus(201);
        assertLeaksNothing(asked, secrets);
        String id = asked.json().path("id").asText();
        assertLeaksNothing(list(regionB.school(orgB), "outgoing").assertStatus(200), secrets);
        assertLeaksNothing(list(regionB.ministry(), "outgoing").assertStatus(200), secrets);
        assertLeaksNothing(list(regionB.ministry(), "incoming").assertStatus(200), secrets);
        assertLeaksNothing(api.get("/api/registry/students?snils=" + java.net.URLEncoder.encode(snils, java.nio.charset.StandardCharsets.UTF_8),
                regionB.ministry()).assertStatus(200), secrets);
        accept(regionB.ministry(), id).assertProblem(404, "not-found");
        decline(regionB.school(orgB), id).assertProblem(404, "not-found");

        String schemaB = "region_" + regionB.region();
        assertEquals(0, Sql.count("select count(*) from " + schemaB + ".student where snils = ?", digits(snils)));
        assertEquals(0, Sql.count("select count(*) from " + schemaB + ".representative where last_name = 'Белоусов'"));
        assertEquals(0, Sql.count("select count(*) from " + schemaB + ".audit_event where subject_id = ?", inA));
        // The catalog row holds the keyed hash, never the SNILS or a name.
        List<List<Object>> row = Sql.rows("select snils_hash, from_student_id::text, state from platform.transfer_request where id = ?::uuid", id);
        assertEquals(List.of(List.of(SnilsHashes.of(snils), inA, "REQUESTED")), row);
        assertEquals(0, Sql.count("select count(*) from platform.transfer_request where snils_hash = ? or note like '%Белоусов%'", digits(snils)));
    }

    @Test
    void aSnilsNoOtherRegionHoldsIsAClearProblemAndNothingElse() {
        String unknown = SnilsNumbers.next();
        Reply reply = request(regionB.school(orgB), unknown, orgB, null).assertProblem(404, "child-not-in-another-region");
        assertFalse(reply.body().contains(digits(unknown)) || reply.body().contains(unknown), reply::body);
        assertEquals(0, Sql.count("select count(*) from platform.transfer_request where snils_hash = ?", SnilsHashes.of(unknown)));

        // Registered in A but enrolled nowhere: not held by A either.
        Map<String, Object> registered = aStudent().build();
        regionA.student(regionA.ministry(), registered);
        request(regionB.ministry(), (String) registered.get("snils"), orgB, null).assertProblem(404, "child-not-in-another-region");

        // B's own child: a transfer within B applies.
        Map<String, Object> own = aStudent().build();
        String inB = regionB.student(regionB.ministry(), own);
        regionB.enrolled(regionB.ministry(), inB, anEnrollment(orgB2).build());
        request(regionB.school(orgB), (String) own.get("snils"), orgB, null).assertProblem(409, "child-already-in-region");

        request(regionB.school(orgB), SnilsNumbers.withWrongCheck(unknown), orgB, null).assertInvalid("snils");
        Map<String, Object> empty = new LinkedHashMap<>();
        empty.put("grade", 12);
        api.post(REQUESTS, regionB.ministry(), empty).assertInvalid("snils", "toOrganizationId", "grade");
        request(regionB.ministry(), unknown, "3f0c9a3e-0000-4000-8000-000000000000", null).assertProblem(404, "not-found");
        list(regionB.ministry(), "sideways").assertInvalid("direction");
        api.get(REQUESTS, regionB.ministry()).assertInvalid("direction");
    }

    @Test
    void onlySchoolsAndEducationMinistriesTakePartEachForItsOwn() {
        Map<String, Object> body = aStudent().build();
        String snils = (String) body.get("snils");
        String inA = regionA.student(regionA.ministry(), body);
        regionA.enrolled(regionA.ministry(), inA, anEnrollment(orgA1).build());

        // A school asks only for itself.
        request(regionB.school(orgB), snils, orgB2, null).assertProblem(403, "forbidden");
        for (String token : List.of(Tokens.healthMinistry(regionB.region()), Tokens.regionalAdmin(regionB.region()),
                Tokens.citizen(regionB.region(), SnilsNumbers.next()), Tokens.federalOperator())) {
            request(token, snils, orgB, null).assertStatus(403);
            list(token, "outgoing").assertStatus(403);
        }
        assertEquals(0, Sql.count("select count(*) from platform.transfer_request where snils_hash = ?", SnilsHashes.of(snils)));

        String id = request(regionB.school(orgB), snils, orgB, null).assertStatus(201).json().path("id").asText();
        for (String token : List.of(Tokens.healthMinistry(regionA.region()), Tokens.regionalAdmin(regionA.region()),
                Tokens.citizen(regionA.region(), SnilsNumbers.next()), Tokens.federalOperator())) {
            accept(token, id).assertStatus(403);
            decline(token, id).assertStatus(403);
            list(token, "incoming").assertStatus(403);
        }
        decline(regionA.school(orgA2), id).assertProblem(403, "forbidden");
        assertEquals("REQUESTED", Sql.rows("select state from platform.transfer_request where id = ?::uuid", id).get(0).get(0));
        assertEquals("DECLINED", decline(regionA.school(orgA1), id).assertStatus(200).json().path("state").asText());
    }

    @Test
    void aChildTheReceivingRegionKnewIsUpdatedNotDuplicated() {
        Map<String, Object> earlier = aStudent().with("residenceAddress", "г. Москва, ул. Старая, д. 1").build();
        String snils = (String) earlier.get("snils");
        String inB = regionB.student(regionB.ministry(), earlier);
        String stayB = regionB.enrolled(regionB.ministry(), inB, anEnrollment(orgB).with("startDate", "2020-09-01").build());
        regionB.end(regionB.ministry(), inB, stayB, "2021-05-31", "MOVED_TO_ANOTHER_REGION").assertStatus(200);

        Map<String, Object> now = new LinkedHashMap<>(earlier);
        now.put("residenceAddress", "344000, г. Ростов-на-Дону, ул. Новая, д. 2");
        String inA = regionA.student(regionA.ministry(), now);
        regionA.enrolled(regionA.ministry(), inA, anEnrollment(orgA1).with("grade", 2).build());

        String id = request(regionB.ministry(), snils, orgB2, null).assertStatus(201).json().path("id").asText();
        assertEquals("COMPLETED", accept(regionA.ministry(), id).assertStatus(200).json().path("state").asText());

        assertEquals(inB, studentIdBySnils(regionB.region(), snils));
        JsonNode record = api.get("/api/registry/students/" + inB, regionB.ministry()).assertStatus(200).json();
        assertEquals("344000, г. Ростов-на-Дону, ул. Новая, д. 2", record.path("residenceAddress").asText());
        assertEquals(1, record.path("version").asInt(), record::toString);
        List<List<Object>> stays = enrollments(regionB.region(), inB);
        assertEquals(2, stays.size(), stays::toString);
        assertEquals(Arrays.asList(orgB2, "BASIC", "PRIMARY_GENERAL", "2", "2024-01-15", "15-о", null, null), stays.get(1));
        assertEquals(1, AuditRows.about(regionB.region(), inB, "UPDATE").stream()
                .filter(row -> row.fields().contains("handover")).count());
        assertEquals(inB, item(list(regionB.ministry(), "outgoing").json(), id).path("studentId").asText());
    }

    @Test
    void aHandoverInterruptedBeforeTheReceivingStepIsFinishedByTheNextAccept() {
        String regionC = Regions.onboard(api, "hoc", 1);
        RegistryCalls receiving = new RegistryCalls(api, regionC);
        String orgC = receiving.organization();
        Map<String, Object> body = aStudent().build();
        String snils = (String) body.get("snils");
        String inA = regionA.student(regionA.ministry(), body);
        String enrollmentA = regionA.enrolled(regionA.ministry(), inA, anEnrollment(orgA1).build());
        String id = request(receiving.ministry(), snils, orgC, null).assertStatus(201).json().path("id").asText();

        // The receiving region goes offline between the two steps: A's step commits, C's waits.
        setStatus(regionC, "SUSPENDED");
        try {
            JsonNode halfway = accept(regionA.ministry(), id).assertStatus(200).json();
            assertEquals("ACCEPTED", halfway.path("state").asText(), halfway::toString);
        } finally {
            setStatus(regionC, "ACTIVE");
        }
        assertEquals(List.of("2024-01-15", "MOVED_TO_ANOTHER_REGION"), ending(regionA.region(), enrollmentA));
        assertEquals(0, Sql.count("select count(*) from region_" + regionC + ".student where snils = ?", digits(snils)));
        decline(regionA.ministry(), id).assertProblem(409, "transfer-request-closed");

        // Accepting again finishes it; A's step is not repeated.
        JsonNode finished = accept(regionA.ministry(), id).assertStatus(200).json();
        assertEquals("COMPLETED", finished.path("state").asText(), finished::toString);
        String inC = studentIdBySnils(regionC, snils);
        assertEquals(1, enrollments(regionC, inC).size());
        assertEquals(1, AuditRows.about(regionA.region(), inA, "UPDATE").size());
        assertEquals(1, AuditRows.about(regionA.region(), inA, "EXPORT").size());
        assertEquals(1, AuditRows.about(regionC, inC, "CREATE").size());
    }

    private static void setStatus(String region, String status) {
        api.put("/api/platform/regions/" + region + "/status", Tokens.federalOperator(), Map.of("status", status)).assertStatus(200);
    }

    private static Reply request(String token, String snils, String organization, Integer grade) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("snils", snils);
        body.put("toOrganizationId", organization);
        if (grade != null) {
            body.put("grade", grade);
        }
        body.put("plannedDate", "2024-01-15");
        body.put("note", "Ждём с понедельника");
        return api.post(REQUESTS, token, body);
    }

    private static Reply list(String token, String direction) {
        return api.get(REQUESTS + "?direction=" + direction, token);
    }

    private static Reply accept(String token, String id) {
        return api.post(REQUESTS + "/" + id + "/accept", token, Map.of("date", "2024-01-15", "orderNumber", "15-о"));
    }

    private static Reply decline(String token, String id) {
        return api.post(REQUESTS + "/" + id + "/decline", token, Map.of("reason", "Нет оснований: ребёнок продолжает обучение"));
    }

    private static Map<String, Object> healthRecord() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("healthGroup", "III");
        record.put("peGroup", "SPECIAL_A");
        record.put("disability", null);
        record.put("adaptedProgramNeeded", true);
        record.put("longTermTreatmentNeeded", true);
        record.put("validFrom", "2023-09-01");
        return record;
    }

    private static String studentIdBySnils(String region, String snils) {
        List<List<Object>> rows = Sql.rows("select id::text from region_" + region + ".student where snils = ?", digits(snils));
        assertEquals(1, rows.size(), () -> "students with the SNILS in " + region + ": " + rows);
        return (String) rows.get(0).get(0);
    }

    private static JsonNode item(JsonNode page, String id) {
        for (JsonNode item : page.path("items")) {
            if (item.path("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("request " + id + " not listed: " + page);
    }

    private static JsonNode withoutKeys(JsonNode student) {
        ObjectNode copy = student.deepCopy();
        copy.remove("id");
        copy.remove("version");
        return copy;
    }

    private static String digits(String snils) {
        return snils.replaceAll("\\D", "");
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    private static void assertLeaksNothing(Reply reply, String... secrets) {
        for (String secret : secrets) {
            assertFalse(reply.body().contains(secret), () -> "'" + secret + "' reached region B: " + reply.body());
        }
    }

    /** A JSON object's members as text. */
    private static final class Api2 {
        static Map<String, String> map(JsonNode node) {
            Map<String, String> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(field -> map.put(field.getKey(), field.getValue().asText()));
            return map;
        }
    }
}
