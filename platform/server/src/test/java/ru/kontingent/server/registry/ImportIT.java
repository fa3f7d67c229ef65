package ru.kontingent.server.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.kontingent.server.testing.KontingentIT;
import ru.kontingent.server.testing.Regions;
import ru.kontingent.server.testing.Reply;
import ru.kontingent.server.testing.SnilsNumbers;
import ru.kontingent.server.testing.Sql;
import ru.kontingent.server.testing.Tokens;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.kontingent.server.testing.RegistryData.aStudent;
import static ru.kontingent.server.testing.RegistryData.anEnrollment;
import static ru.kontingent.server.testing.RegistryData.anOrganization;

/** Bulk import: NDJSON and CSV, per-line errors, idempotency by SNILS, organization scope, jobs. */
class ImportIT extends KontingentIT {

    private static final String IMPORT = "/api/registry/import";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String region;
    private static String ministry;
    private static String orgA;
    private static String orgB;

    @BeforeAll
    static void region() {
        region = Regions.onboard(api, "imp", 1);
        ministry = Tokens.educationMinistry(region);
        orgA = api.post("/api/registry/organizations", ministry, anOrganization().build()).assertStatus(201).json().path("id").asText();
        orgB = api.post("/api/registry/organizations", ministry, anOrganization().build()).assertStatus(201).json().path("id").asText();
    }

    private static String ndjson(List<Map<String, Object>> students) {
        StringBuilder out = new StringBuilder();
        for (Map<String, Object> student : students) {
            try {
                out.append(JSON.writeValueAsString(student)).append('\n');
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return out.toString();
    }

    private static Reply upload(String token, String contentType, String body) {
        return api.send("POST", IMPORT, token, contentType, body);
    }

    @Test
    void ndjsonWithGoodAndBadLinesStoresTheGoodAndListsEveryBadField() {
        List<Map<String, Object>> students = new ArrayList<>();
        students.add(aStudent().build());
        students.add(aStudent().with("snils", SnilsNumbers.withWrongCheck(SnilsNumbers.next())).with("birthDate", "2999-01-01").build());
        students.add(aStudent().with("enrollment", anEnrollment(orgA).build()).build());
        String body = ndjson(students.subList(0, 2)) + "{\"lastName\": broken\n" + ndjson(students.subList(2, 3));

        JsonNode summary = upload(ministry, "application/x-ndjson", body).assertStatus(200).json();
        assertEquals(4, summary.path("linesRead").asInt());
        assertEquals(2, summary.path("accepted").asInt());
        assertEquals(2, summary.path("rejected").asInt());
        assertEquals(0, summary.path("unchanged").asInt());
        List<String> errors = new ArrayList<>();
        summary.path("errors").forEach(e -> errors.add(e.path("line").asInt() + ":" + e.path("field").asText()));
        assertEquals(List.of("2:birthDate", "2:snils", "3:line"), errors);

        String snils = ((String) students.get(2).get("snils")).replaceAll("\\D", "");
        assertEquals(1, Sql.count("select count(*) from region_" + region + ".student where snils = ?", snils));
        assertEquals(1, Sql.count("select count(*) from region_" + region + ".enrollment e join region_" + region
                + ".student s on s.id = e.student_id where s.snils = ? and e.end_date is null", snils));
        assertEquals(1, Sql.count("select count(*) from region_" + region + ".audit_event a join region_" + region
                + ".student s on s.id::text = a.subject_id where s.snils = ? and a.action = 'CREATE' and a.fields like '%snils%'", snils));
    }

    @Test
    void reimportingTheSameFileChangesNothingAndAChangedLineUpdates() {
        List<Map<String, Object>> students = List.of(aStudent().build(), aStudent().build());
        String body = ndjson(students);
        upload(ministry, "application/x-ndjson", body).assertStatus(200);
        String snils = ((String) students.get(0).get("snils")).replaceAll("\\D", "");
        long version = ((Number) Sql.rows("select version from region_" + region + ".student where snils = ?", snils).get(0).get(0)).longValue();

        JsonNode again = upload(ministry, "application/x-ndjson", body).assertStatus(200).json();
        assertEquals(0, again.path("accepted").asInt());
        assertEquals(2, again.path("unchanged").asInt());

        students.get(0).put("residenceAddress", "344002, г. Ростов-на-Дону, ул. Новая, д. 3");
        JsonNode changed = upload(ministry, "application/x-ndjson", ndjson(students)).assertStatus(200).json();
        assertEquals(1, changed.path("accepted").asInt());
        assertEquals(1, changed.path("unchanged").asInt());
        List<List<Object>> row = Sql.rows("select version, residence_address from region_" + region + ".student where snils = ?", snils);
        assertEquals(version + 1, ((Number) row.get(0).get(0)).longValue());
        assertEquals("344002, г. Ростов-на-Дону, ул. Новая, д. 3", row.get(0).get(1));
    }

    @Test
    void csvInWindows1251WithSemicolons() throws Exception {
        String snils = SnilsNumbers.next();
        String header = "lastName;firstName;middleName;birthDate;birthPlace;sex;snils;citizenship;documentType;documentSeries;documentNumber;"
                + "documentIssuedBy;documentIssueDate;registrationAddress;residenceAddress;rep1Relation;rep1LastName;rep1FirstName;"
                + "rep1MiddleName;rep1BirthDate;rep1Snils;rep1Citizenship;rep1DocumentType;rep1DocumentSeries;rep1DocumentNumber;"
                + "rep1DocumentIssuedBy;rep1DocumentIssueDate";
        String row = "Сёмин;Пётр;Ильич;2013-03-04;г. Таганрог;M;" + snils + ";RU;BIRTH_CERTIFICATE;II-АБ;123456;ЗАГС;2013-03-20;"
                + "\"г. Таганрог; ул. Петровская, 1\";г. Таганрог;FATHER;Сёмин;Илья;Петрович;1980-01-01;" + SnilsNumbers.next()
                + ";RU;PASSPORT;6005;654321;УФМС;2005-02-02";
        String shortRow = "Короткий;Ряд;;2013-03-04";
        byte[] bytes = (header + "\r\n" + row + "\r\n" + shortRow + "\r\n").getBytes(Charset.forName("windows-1251"));
        Reply reply = api.sendBytes("POST", IMPORT, ministry, "text/csv; charset=windows-1251", bytes).assertStatus(200);
        JsonNode summary = reply.json();
        assertEquals(1, summary.path("accepted").asInt(), reply.body());
        assertEquals(1, summary.path("rejected").asInt());
        assertEquals(3, summary.path("errors").get(0).path("line").asInt());
        List<List<Object>> stored = Sql.rows("select last_name, first_name, registration_address from region_" + region
                + ".student where snils = ?", snils.replaceAll("\\D", ""));
        assertEquals(List.of("Сёмин", "Пётр", "г. Таганрог; ул. Петровская, 1"), stored.get(0));
    }

    @Test
    void aSchoolOperatorImportsOnlyIntoItsOwnOrganization() {
        String school = Tokens.schoolOperator(region, orgA);
        Map<String, Object> own = aStudent().with("enrollment", anEnrollment(orgA).build()).build();
        Map<String, Object> foreign = aStudent().with("enrollment", anEnrollment(orgB).build()).build();
        JsonNode summary = upload(school, "application/x-ndjson", ndjson(List.of(own, foreign))).assertStatus(200).json();
        assertEquals(1, summary.path("accepted").asInt());
        assertEquals(1, summary.path("rejected").asInt());
        assertEquals("enrollment.organizationId", summary.path("errors").get(0).path("field").asText());
        assertEquals(2, summary.path("errors").get(0).path("line").asInt());
        String foreignSnils = ((String) foreign.get("snils")).replaceAll("\\D", "");
        assertEquals(0, Sql.count("select count(*) from region_" + region + ".student where snils = ?", foreignSnils));
    }

    /**
     * A database failure in the middle (a trigger stands in for it) stops the import at the failing
     * batch; the batches before it stay committed, and resending the same file finishes the work.
     */
    @Test
    void aDatabaseFailureStopsAtTheFailingBatchAndResendingFinishes() throws Exception {
        String schema = "region_" + region;
        List<Map<String, Object>> students = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            students.add(aStudent().with("lastName", i == 699 ? "Сбойный" : "Ученик").build());
        }
        Sql.execute("create function " + schema + ".fail_on_marker() returns trigger language plpgsql as $$"
                + " begin if new.last_name = 'Сбойный' then raise exception 'simulated database failure'; end if; return new; end $$");
        Sql.execute("create trigger fail_on_marker before insert on " + schema + ".student for each row execute function "
                + schema + ".fail_on_marker()");
        JsonNode failed;
        try {
            failed = upload(ministry, "application/x-ndjson", ndjson(students)).assertStatus(200).json();
        } finally {
            Sql.execute("drop trigger fail_on_marker on " + schema + ".student");
            Sql.execute("drop function " + schema + ".fail_on_marker()");
        }
        assertEquals("FAILED", failed.path("state").asText(), failed.toString());
        assertEquals(501, failed.path("stoppedAtLine").asInt());
        assertEquals(500, failed.path("accepted").asInt());
        String first = ((String) students.get(0).get("snils")).replaceAll("\\D", "");
        String inFailedBatch = ((String) students.get(600).get("snils")).replaceAll("\\D", "");
        assertEquals(1, Sql.count("select count(*) from " + schema + ".student where snils = ?", first));
        assertEquals(0, Sql.count("select count(*) from " + schema + ".student where snils = ?", inFailedBatch));
        assertEquals(0, Sql.count("select count(*) from " + schema + ".audit_event a join " + schema
                + ".student s on s.id::text = a.subject_id where s.snils = ?", inFailedBatch));

        JsonNode resent = upload(ministry, "application/x-ndjson", ndjson(students)).assertStatus(200).json();
        assertEquals("COMPLETED", resent.path("state").asText());
        assertEquals(500, resent.path("unchanged").asInt());
        assertEquals(700, resent.path("accepted").asInt());
        assertEquals(1, Sql.count("select count(*) from " + schema + ".student where snils = ?", inFailedBatch));
    }

    /**
     * A SNILS repeated in one batch is one student: each line sees the one before it (a changed
     * line updates what the earlier line created, an identical one is unchanged), audited per change.
     */
    @Test
    void aSnilsRepeatedInOneBatchIsOneStudentChangedLineByLine() {
        Map<String, Object> first = aStudent().build();
        Map<String, Object> changed = new java.util.LinkedHashMap<>(first);
        changed.put("residenceAddress", "344002, г. Ростов-на-Дону, ул. Новая, д. 3");
        JsonNode summary = upload(ministry, "application/x-ndjson", ndjson(List.of(first, changed, changed))).assertStatus(200).json();
        assertEquals(2, summary.path("accepted").asInt(), summary.toString());
        assertEquals(1, summary.path("unchanged").asInt());
        assertEquals(0, summary.path("rejected").asInt());
        String snils = ((String) first.get("snils")).replaceAll("\\D", "");
        List<List<Object>> row = Sql.rows("select version, residence_address from region_" + region + ".student where snils = ?", snils);
        assertEquals(1, row.size());
        assertEquals(1L, ((Number) row.get(0).get(0)).longValue());
        assertEquals("344002, г. Ростов-на-Дону, ул. Новая, д. 3", row.get(0).get(1));
        assertEquals(1, Sql.count("select count(*) from region_" + region + ".representative r join region_" + region
                + ".student s on s.id = r.student_id where s.snils = ?", snils));
        assertEquals(List.of(List.of("CREATE"), List.of("UPDATE")), Sql.rows("select a.action from region_" + region
                + ".audit_event a join region_" + region + ".student s on s.id::text = a.subject_id where s.snils = ?"
                + " and a.fields like '%snils%' order by a.id", snils));
    }

    /**
     * An enrollment the one-active-basic rule refuses rejects its whole line (the student's changes
     * too); an enrollment already active is left alone; adding one to an unchanged student is accepted.
     */
    @Test
    void anEnrollmentConflictingWithAnActiveBasicOneRejectsItsLineOnly() {
        Map<String, Object> student = aStudent().build();
        String snils = ((String) student.get("snils")).replaceAll("\\D", "");
        assertEquals(1, upload(ministry, "application/x-ndjson", ndjson(List.of(student))).assertStatus(200).json().path("accepted").asInt());

        Map<String, Object> enrolled = new java.util.LinkedHashMap<>(student);
        enrolled.put("enrollment", anEnrollment(orgA).build());
        JsonNode added = upload(ministry, "application/x-ndjson", ndjson(List.of(enrolled))).assertStatus(200).json();
        assertEquals(1, added.path("accepted").asInt(), added.toString());
        assertEquals(0, added.path("unchanged").asInt());

        Map<String, Object> elsewhere = new java.util.LinkedHashMap<>(student);
        elsewhere.put("residenceAddress", "344002, г. Ростов-на-Дону, ул. Новая, д. 3");
        elsewhere.put("enrollment", anEnrollment(orgB).build());
        Map<String, Object> other = aStudent().build();
        JsonNode refused = upload(ministry, "application/x-ndjson", ndjson(List.of(elsewhere, other))).assertStatus(200).json();
        assertEquals("COMPLETED", refused.path("state").asText(), refused.toString());
        assertEquals(1, refused.path("accepted").asInt());
        assertEquals(1, refused.path("rejected").asInt());
        assertEquals(1, refused.path("errors").get(0).path("line").asInt());
        assertEquals("enrollment", refused.path("errors").get(0).path("field").asText());
        List<List<Object>> row = Sql.rows("select version, residence_address from region_" + region + ".student where snils = ?", snils);
        assertEquals(0L, ((Number) row.get(0).get(0)).longValue());
        assertEquals(student.get("residenceAddress"), row.get(0).get(1));
        assertEquals(List.of(List.of(orgA)), Sql.rows("select e.organization_id::text from region_" + region + ".enrollment e join region_"
                + region + ".student s on s.id = e.student_id where s.snils = ? and e.end_date is null", snils));

        JsonNode again = upload(ministry, "application/x-ndjson", ndjson(List.of(enrolled))).assertStatus(200).json();
        assertEquals(0, again.path("accepted").asInt());
        assertEquals(1, again.path("unchanged").asInt());
    }

    /** Text that is COPY's syntax is stored as it was sent; a NUL character rejects its line, not the batch. */
    @Test
    void delimiterCharactersAreStoredExactlyAndANulCharacterRejectsItsLine() {
        String hostile = "г. Ростов\tна\\Дону\r\n\\N кв.\t5\\";
        Map<String, Object> student = aStudent().with("birthPlace", "г. Ростов\tна-Дону \\.").with("registrationAddress", hostile).build();
        Map<String, Object> withNul = aStudent().with("lastName", "Ива\u0000нова").build();
        JsonNode summary = upload(ministry, "application/x-ndjson", ndjson(List.of(withNul, student))).assertStatus(200).json();
        assertEquals("COMPLETED", summary.path("state").asText(), summary.toString());
        assertEquals(1, summary.path("accepted").asInt());
        assertEquals(1, summary.path("rejected").asInt());
        assertEquals("lastName", summary.path("errors").get(0).path("field").asText());
        String snils = ((String) student.get("snils")).replaceAll("\\D", "");
        assertEquals(List.of(List.of(student.get("birthPlace"), hostile)), Sql.rows("select birth_place, registration_address from region_"
                + region + ".student where snils = ?", snils));

        JsonNode again = upload(ministry, "application/x-ndjson", ndjson(List.of(student))).assertStatus(200).json();
        assertEquals(1, again.path("unchanged").asInt(), again.toString());
    }

    /** The size for the job path: 100,000 lines through the job API (counts, not time). */
    @Test
    void aLargeImportRunsAsAJobThatCanBeFollowed() throws Exception {
        int lines = 100_000;
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            Map<String, Object> student = aStudent().build();
            if (i == 5000) {
                student.put("sex", "X");
            }
            body.append(JSON.writeValueAsString(student)).append('\n');
        }
        Reply started = upload(ministry, "application/x-ndjson", body.toString()).assertStatus(202);
        URI location = URI.create(started.header("Location"));
        JsonNode status;
        long deadline = System.currentTimeMillis() + 900_000;
        do {
            Thread.sleep(500);
            status = api.get(location.getPath(), ministry).assertStatus(200).json();
        } while (status.path("state").asText().equals("RUNNING") && System.currentTimeMillis() < deadline);
        assertEquals("COMPLETED", status.path("state").asText(), status.toString());
        assertEquals(lines, status.path("linesRead").asInt());
        assertEquals(lines - 1, status.path("accepted").asInt());
        assertEquals(1, status.path("rejected").asInt());
        assertEquals(5001, status.path("errors").path("items").get(0).path("line").asInt());
        assertEquals(lines, status.path("linesTotal").asInt());
        assertEquals("sex", status.path("errors").path("items").get(0).path("field").asText());
        api.get(location.getPath(), Tokens.schoolOperator(region, orgA)).assertProblem(404, "not-found");
        assertTrue(Sql.count("select count(*) from region_" + region + ".student") >= lines - 1);
    }
}
