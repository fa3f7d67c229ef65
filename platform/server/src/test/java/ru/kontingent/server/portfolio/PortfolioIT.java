package ru.kontingent.server.portfolio;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.kontingent.server.testing.AuditRows;
import ru.kontingent.server.testing.Concurrently;
import ru.kontingent.server.testing.JsonFields;
import ru.kontingent.server.testing.KontingentIT;
import ru.kontingent.server.testing.Regions;
import ru.kontingent.server.testing.RegistryCalls;
import ru.kontingent.server.testing.Reply;
import ru.kontingent.server.testing.SnilsNumbers;
import ru.kontingent.server.testing.Sql;
import ru.kontingent.server.testing.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.kontingent.server.portfolio.PortfolioData.aCertificate;
import static ru.kontingent.server.portfolio.PortfolioData.aGrade;
import static ru.kontingent.server.testing.RegistryData.aChildOf;
import static ru.kontingent.server.portfolio.PortfolioData.anAchievement;
import static ru.kontingent.server.portfolio.PortfolioData.anExamResult;

/**
 * The portfolio (stage 3): achievements, exam results, grades and certificates of a student.
 * Stage gating, who may read and write, the exam scales and the grade values, replace-by-key,
 * two-region isolation, one audit event per read and write, nothing stored by a refused call,
 * and the parents' performance section.
 */
class PortfolioIT extends KontingentIT {

    private static final Set<String> ACHIEVEMENT_FIELDS = Set.of("id", "studentId", "kind", "title", "subject", "level",
            "result", "date", "createdAt", "updatedAt");
    private static final Set<String> EXAM_RESULT_FIELDS = Set.of("id", "studentId", "exam", "subject", "year", "score",
            "createdAt", "updatedAt");
    private static final Set<String> GRADE_FIELDS = Set.of("id", "studentId", "year", "period", "subject", "grade",
            "createdAt", "updatedAt");
    private static final Set<String> CERTIFICATE_FIELDS = Set.of("id", "studentId", "kind", "series", "number", "issueDate",
            "finalGrades", "createdAt", "updatedAt");

    private static String region;
    private static RegistryCalls registry;
    private static String orgA;
    private static String orgB;

    @BeforeAll
    static void regionAtStageThreeWithTwoSchools() {
        region = Regions.onboard(api, "pf", 3);
        registry = new RegistryCalls(api, region);
        orgA = registry.organization();
        orgB = registry.organization();
    }

    private static String path(String studentId, String section) {
        return "/api/portfolio/students/" + studentId + "/" + section;
    }

    private static long rows(String regionCode, String table, String studentId) {
        return Sql.count("select count(*) from region_" + regionCode + "." + table + " where student_id = ?", UUID.fromString(studentId));
    }

    private static long portfolioRows(String regionCode, String studentId) {
        return rows(regionCode, "achievement", studentId) + rows(regionCode, "exam_result", studentId)
                + rows(regionCode, "grade", studentId) + rows(regionCode, "certificate", studentId);
    }

    private static List<AuditRows.Row> journal(String studentId) {
        return AuditRows.about(region, studentId);
    }

    private static void setStage(String regionCode, int stage) {
        api.put("/api/platform/regions/" + regionCode + "/stage", Tokens.regionalAdmin(regionCode), Map.of("stage", stage))
                .assertStatus(200);
    }

    // --- stage gating -------------------------------------------------------------------------

    @Test
    void theModuleOpensAtStageThreeAndClosesWithoutLosingData() {
        String code = Regions.onboard(api, "pf_stage", 2);
        RegistryCalls calls = new RegistryCalls(api, code);
        String org = calls.organization();
        String school = calls.school(org);
        String student = calls.student(school);

        api.get(path(student, "achievements"), school).assertProblem(403, "module-disabled");
        api.post(path(student, "achievements"), school, anAchievement()).assertProblem(403, "module-disabled");
        api.get(path(student, "grades"), calls.ministry()).assertProblem(403, "module-disabled");
        api.get(path(student, "certificate"), school).assertProblem(403, "module-disabled");
        assertEquals(0, portfolioRows(code, student));

        setStage(code, 3);
        String id = api.post(path(student, "achievements"), school, anAchievement()).assertStatus(201).json().path("id").asText();
        api.post(path(student, "grades"), school, aGrade(2024, "Q1", "ALGEBRA", 5)).assertStatus(201);

        setStage(code, 2);
        api.get(path(student, "achievements"), school).assertProblem(403, "module-disabled");
        api.post(path(student, "grades"), school, aGrade(2024, "Q2", "ALGEBRA", 4)).assertProblem(403, "module-disabled");
        assertEquals(2, portfolioRows(code, student), "lowering the stage deletes nothing");

        setStage(code, 3);
        JsonNode achievements = api.get(path(student, "achievements"), school).assertStatus(200).json();
        assertEquals(1, achievements.size());
        assertEquals(id, achievements.get(0).path("id").asText());
        JsonNode grades = api.get(path(student, "grades"), school).assertStatus(200).json();
        assertEquals(1, grades.size());
        assertEquals(5, grades.get(0).path("grade").asInt());
    }

    // --- roles --------------------------------------------------------------------------------

    @Test
    void aSchoolReadsAndWritesOnlyItsOwnStudents() {
        String schoolA = registry.school(orgA);
        String schoolB = registry.school(orgB);
        String ofA = registry.student(schoolA);

        Map<String, Map<String, Object>> writes = Map.of(
                "achievements", anAchievement(),
                "exam-results", anExamResult("EGE", "RUSSIAN", 2024, 80),
                "grades", aGrade(2024, "Q1", "RUSSIAN", 4));
        for (var write : writes.entrySet()) {
            api.post(path(ofA, write.getKey()), schoolB, write.getValue()).assertProblem(403, "forbidden");
            api.get(path(ofA, write.getKey()), schoolB).assertProblem(403, "forbidden");
        }
        api.put(path(ofA, "certificate"), schoolB, aCertificate("BASIC_GENERAL", "2024-06-28", "RUSSIAN", 5))
                .assertProblem(403, "forbidden");
        api.get(path(ofA, "certificate"), schoolB).assertProblem(403, "forbidden");
        assertEquals(0, portfolioRows(region, ofA), "nothing stored by a refused call");

        for (var write : writes.entrySet()) {
            api.post(path(ofA, write.getKey()), schoolA, write.getValue()).assertStatus(201);
            assertEquals(1, api.get(path(ofA, write.getKey()), schoolA).assertStatus(200).json().size(), write.getKey());
        }
        api.put(path(ofA, "certificate"), schoolA, aCertificate("BASIC_GENERAL", "2024-06-28", "RUSSIAN", 5)).assertStatus(201);
        api.get(path(ofA, "certificate"), schoolA).assertStatus(200);
        assertEquals(4, portfolioRows(region, ofA));
    }

    @Test
    void theMinistryReadsTheWholeRegionButWritesNothing() {
        String school = registry.school(orgB);
        String student = registry.student(school);
        api.post(path(student, "achievements"), school, anAchievement()).assertStatus(201);
        api.put(path(student, "certificate"), school, aCertificate("BASIC_GENERAL", "2024-06-28", "RUSSIAN", 4)).assertStatus(201);
        String ministry = registry.ministry();

        JsonNode achievements = api.get(path(student, "achievements"), ministry).assertStatus(200).json();
        assertEquals(ACHIEVEMENT_FIELDS, JsonFields.of(achievements.get(0)));
        assertEquals(0, api.get(path(student, "exam-results"), ministry).assertStatus(200).json().size());
        assertEquals(0, api.get(path(student, "grades"), ministry).assertStatus(200).json().size());
        assertEquals(CERTIFICATE_FIELDS, JsonFields.of(api.get(path(student, "certificate"), ministry).assertStatus(200).json()));

        long before = portfolioRows(region, student);
        long journalBefore = journal(student).size();
        api.post(path(student, "achievements"), ministry, anAchievement()).assertProblem(403, "forbidden");
        api.post(path(student, "exam-results"), ministry, anExamResult("OGE", "MATHEMATICS", 2024, 5)).assertProblem(403, "forbidden");
        api.post(path(student, "grades"), ministry, aGrade(2024, "YEAR", "HISTORY", 5)).assertProblem(403, "forbidden");
        api.put(path(student, "certificate"), ministry, aCertificate("SECONDARY_GENERAL", "2024-06-28", "RUSSIAN", 5))
                .assertProblem(403, "forbidden");
        assertEquals(before, portfolioRows(region, student));
        assertEquals(journalBefore, journal(student).size(), "a refused call reads and writes nothing");
    }

    @Test
    void otherRolesHaveNoPortfolio() {
        String school = registry.school(orgA);
        String student = registry.student(school);
        api.post(path(student, "grades"), school, aGrade(2024, "Q1", "PHYSICS", 5)).assertStatus(201);
        List<String> refused = List.of(Tokens.healthMinistry(region), Tokens.citizen(region, SnilsNumbers.next()),
                Tokens.regionalAdmin(region));
        for (String token : refused) {
            for (String section : List.of("achievements", "exam-results", "grades", "certificate")) {
                api.get(path(student, section), token).assertProblem(403, "forbidden");
            }
            api.post(path(student, "grades"), token, aGrade(2024, "Q2", "PHYSICS", 5)).assertProblem(403, "forbidden");
            api.put(path(student, "certificate"), token, aCertificate("BASIC_GENERAL", "2024-06-28", "RUSSIAN", 5))
                    .assertProblem(403, "forbidden");
        }
        api.get(path(student, "grades"), Tokens.federalOperator()).assertProblem(403, "forbidden");
        assertEquals(1, portfolioRows(region, student));
    }

    @Test
    void anUnknownOrMalformedStudentIsNotFound() {
        String school = registry.school(orgA);
        String nobody = UUID.randomUUID().toString();
        api.get(path(nobody, "achievements"), school).assertProblem(404, "not-found");
        api.post(path(nobody, "grades"), school, aGrade(2024, "Q1", "PHYSICS", 5)).assertProblem(404, "not-found");
        api.get(path(nobody, "certificate"), registry.ministry()).assertProblem(404, "not-found");
        api.get(path("not-a-uuid", "exam-results"), school).assertProblem(404, "not-found");
        assertEquals(0, AuditRows.about(region, nobody).size());
    }

    // --- achievements -------------------------------------------------------------------------

    @Test
    void anAchievementIsStoredWithItsLocation() {
        String school = registry.school(orgA);
        String student = registry.student(school);

        Reply created = api.post(path(student, "achievements"), school, anAchievement()).assertStatus(201);
        JsonNode view = created.json();
        assertEquals(ACHIEVEMENT_FIELDS, JsonFields.of(view));
        String id = view.path("id").asText();
        assertTrue(created.header("Location").endsWith(path(student, "achievements") + "/" + id), created.header("Location"));
        assertEquals(student, view.path("studentId").asText());
        assertEquals("OLYMPIAD", view.path("kind").asText());
        assertEquals("PHYSICS", view.path("subject").asText());
        assertEquals("REGIONAL", view.path("level").asText());
        assertEquals("PRIZE", view.path("result").asText());
        assertEquals("2024-01-20", view.path("date").asText());

        JsonNode again = api.get(path(student, "achievements") + "/" + id, school).assertStatus(200).json();
        assertEquals(view.path("title").asText(), again.path("title").asText());

        Map<String, Object> withoutSubject = anAchievement();
        withoutSubject.remove("subject");
        withoutSubject.put("kind", "COMPETITION");
        JsonNode second = api.post(path(student, "achievements"), school, withoutSubject).assertStatus(201).json();
        assertTrue(second.path("subject").isNull());
        assertEquals(2, api.get(path(student, "achievements"), school).assertStatus(200).json().size(),
                "achievements have no key: each POST adds one");

        List<List<Object>> stored = Sql.rows("select kind, level, result, achieved_on::text, recorded_by from region_" + region
                + ".achievement where id = ?", UUID.fromString(id));
        assertEquals("OLYMPIAD", stored.get(0).get(0));
        assertEquals("2024-01-20", stored.get(0).get(3));
        assertFalse(((String) stored.get(0).get(4)).isBlank(), "recorded_by");
    }

    @Test
    void aBadAchievementListsEveryBadFieldAndStoresNothing() {
        String school = registry.school(orgA);
        String student = registry.student(school);
        Map<String, Object> bad = anAchievement();
        bad.put("kind", "CONCERT");
        bad.put("level", "GALACTIC");
        bad.remove("title");
        bad.put("date", "2099-01-01");
        api.post(path(student, "achievements"), school, bad).assertInvalid("kind", "level", "title", "date");
        assertEquals(0, portfolioRows(region, student));
        assertEquals(0, AuditRows.about(region, student, "CREATE").stream()
                .filter(row -> row.fields().contains("achievements")).count());
    }

    // --- exam results -------------------------------------------------------------------------

    @Test
    void examScoresAreCheckedOnTheExamsScale() {
        String school = registry.school(orgA);
        String student = registry.student(school);
        long journalBefore = journal(student).size();

        Reply ege = api.post(path(student, "exam-results"), school, anExamResult("EGE", "RUSSIAN", 2024, 101)).assertInvalid("score");
        assertTrue(ege.json().path("errors").get(0).path("message").asText().contains("0 and 100"), ege.body());
        api.post(path(student, "exam-results"), school, anExamResult("OGE", "MATHEMATICS", 2024, 6)).assertInvalid("score");
        api.post(path(student, "exam-results"), school, anExamResult("GVE", "RUSSIAN", 2024, 1)).assertInvalid("score");
        api.post(path(student, "exam-results"), school, anExamResult("EGE", "MATHEMATICS_BASIC", 2024, 70)).assertInvalid("score");
        api.post(path(student, "exam-results"), school, anExamResult("OGE", "MATHEMATICS_BASIC", 2024, 4)).assertInvalid("subject");
        api.post(path(student, "exam-results"), school, anExamResult("EGE", "ASTROLOGY", 1999, "many"))
                .assertInvalid("subject", "year", "score");
        assertEquals(0, rows(region, "exam_result", student));
        assertEquals(journalBefore, journal(student).size(), "a refused write is not journaled");

        api.post(path(student, "exam-results"), school, anExamResult("EGE", "MATHEMATICS_BASIC", 2024, 5)).assertStatus(201);
        api.post(path(student, "exam-results"), school, anExamResult("EGE", "INFORMATICS", 2024, 100)).assertStatus(201);
        api.post(path(student, "exam-results"), school, anExamResult("OGE", "RUSSIAN", 2022, 2)).assertStatus(201);
        assertEquals(3, rows(region, "exam_result", student));
    }

    @Test
    void aSecondResultForTheSameExamSubjectAndYearReplacesTheFirst() {
        String school = registry.school(orgA);
        String student = registry.student(school);

        Reply first = api.post(path(student, "exam-results"), school, anExamResult("EGE", "PHYSICS", 2024, 71)).assertStatus(201);
        JsonNode view = first.json();
        assertEquals(EXAM_RESULT_FIELDS, JsonFields.of(view));
        String id = view.path("id").asText();
        assertTrue(first.header("Location").endsWith(path(student, "exam-results") + "/" + id), first.header("Location"));
        assertEquals(71, view.path("score").asInt());
        assertEquals(2024, view.path("year").asInt());

        JsonNode replaced = api.post(path(student, "exam-results"), school, anExamResult("EGE", "PHYSICS", 2024, 84))
                .assertStatus(200).json();
        assertEquals(id, replaced.path("id").asText());
        assertEquals(84, replaced.path("score").asInt());
        assertEquals(view.path("createdAt").asText(), replaced.path("createdAt").asText());

        api.post(path(student, "exam-results"), school, anExamResult("EGE", "PHYSICS", 2025, 90)).assertStatus(201);
        api.post(path(student, "exam-results"), school, anExamResult("OGE", "PHYSICS", 2024, 5)).assertStatus(201);
        assertEquals(List.of(List.of("EGE", 2024, 84), List.of("EGE", 2025, 90), List.of("OGE", 2024, 5)),
                Sql.rows("select exam, exam_year, score from region_" + region + ".exam_result where student_id = ?"
                        + " order by exam, exam_year", UUID.fromString(student)));

        JsonNode list = api.get(path(student, "exam-results"), school).assertStatus(200).json();
        assertEquals(3, list.size());
        assertEquals(2025, list.get(0).path("year").asInt(), "latest year first");
        assertEquals(84, api.get(path(student, "exam-results") + "/" + id, school).assertStatus(200).json().path("score").asInt());

        List<AuditRows.Row> writes = journal(student).stream().filter(row -> row.fields().contains("exam-results")).toList();
        assertEquals(List.of("CREATE", "UPDATE", "CREATE", "CREATE", "READ", "READ"), writes.stream().map(AuditRows.Row::action).toList());
    }

    // --- grades -------------------------------------------------------------------------------

    @Test
    void aGradeIsTwoToFivePassOrFail() {
        String school = registry.school(orgA);
        String student = registry.student(school);

        api.post(path(student, "grades"), school, aGrade(2024, "Q1", "ENGLISH", "A")).assertInvalid("grade");
        api.post(path(student, "grades"), school, aGrade(2024, "Q1", "ENGLISH", 6)).assertInvalid("grade");
        api.post(path(student, "grades"), school, aGrade(2024, "Q1", "ENGLISH", 1)).assertInvalid("grade");
        api.post(path(student, "grades"), school, aGrade(2024, "Q1", "ENGLISH", "5")).assertInvalid("grade");
        api.post(path(student, "grades"), school, aGrade(2024, "Q1", "ENGLISH", 4.5)).assertInvalid("grade");
        api.post(path(student, "grades"), school, aGrade(2024, "Q1", "ENGLISH", true)).assertInvalid("grade");
        api.post(path(student, "grades"), school, aGrade(2024, "Q5", "ENGLISH", "B")).assertInvalid("period", "grade");
        api.post(path(student, "grades"), school, aGrade(2024, "Q1", "ENGLISH", null)).assertInvalid("grade");
        assertEquals(0, rows(region, "grade", student));

        Reply five = api.post(path(student, "grades"), school, aGrade(2024, "Q1", "ENGLISH", 5)).assertStatus(201);
        JsonNode view = five.json();
        assertEquals(GRADE_FIELDS, JsonFields.of(view));
        assertTrue(view.path("grade").isInt(), "a mark is a JSON number: " + view);
        assertEquals(5, view.path("grade").asInt());
        assertTrue(five.header("Location").endsWith(path(student, "grades") + "/" + view.path("id").asText()));
        JsonNode pass = api.post(path(student, "grades"), school, aGrade(2024, "YEAR", "PHYSICAL_EDUCATION", "PASS"))
                .assertStatus(201).json();
        assertEquals("PASS", pass.path("grade").asText());
        assertEquals(List.of(List.of("5"), List.of("PASS")), Sql.rows("select mark from region_" + region
                + ".grade where student_id = ? order by mark", UUID.fromString(student)));
    }

    @Test
    void gradesAreReplacedByKeyAndFilteredByYear() {
        String school = registry.school(orgA);
        String student = registry.student(school);
        String id = api.post(path(student, "grades"), school, aGrade(2023, "Q2", "ALGEBRA", 3)).assertStatus(201).json()
                .path("id").asText();
        JsonNode replaced = api.post(path(student, "grades"), school, aGrade(2023, "Q2", "ALGEBRA", "FAIL")).assertStatus(200).json();
        assertEquals(id, replaced.path("id").asText());
        assertEquals("FAIL", replaced.path("grade").asText());
        api.post(path(student, "grades"), school, aGrade(2023, "Q1", "ALGEBRA", 4)).assertStatus(201);
        api.post(path(student, "grades"), school, aGrade(2024, "H1", "ALGEBRA", 5)).assertStatus(201);
        assertEquals(3, rows(region, "grade", student));

        JsonNode all = api.get(path(student, "grades"), school).assertStatus(200).json();
        List<String> order = new ArrayList<>();
        all.forEach(grade -> order.add(grade.path("year").asInt() + " " + grade.path("period").asText()));
        assertEquals(List.of("2024 H1", "2023 Q1", "2023 Q2"), order);

        JsonNode of2023 = api.get(path(student, "grades") + "?year=2023", registry.ministry()).assertStatus(200).json();
        assertEquals(2, of2023.size());
        of2023.forEach(grade -> assertEquals(2023, grade.path("year").asInt()));
        assertEquals(0, api.get(path(student, "grades") + "?year=2019", school).assertStatus(200).json().size());
        api.get(path(student, "grades") + "?year=last", school).assertInvalid("year");
    }

    @Test
    void concurrentWritesOfOneKeyLeaveOneRecord() {
        String school = registry.school(orgA);
        String student = registry.student(school);
        for (int round = 0; round < 3; round++) {
            String period = List.of("Q1", "Q2", "Q3").get(round);
            List<Reply> replies = Concurrently.run(4, caller -> api.post(path(student, "grades"), school,
                    aGrade(2024, period, "GEOGRAPHY", 2 + caller)));
            int r = round;
            assertEquals(List.of(200, 200, 200, 201), replies.stream().map(Reply::status).sorted().toList(),
                    () -> "round " + r + ": " + replies);
            assertEquals(1, replies.stream().map(reply -> reply.json().path("id").asText()).distinct().count());
        }
        assertEquals(3, rows(region, "grade", student));

        List<Reply> certificates = Concurrently.run(3, caller -> api.put(path(student, "certificate"), school,
                aCertificate("BASIC_GENERAL", "2022-06-30", "RUSSIAN", 3 + caller, "GEOGRAPHY", 4)));
        assertEquals(List.of(200, 200, 201), certificates.stream().map(Reply::status).sorted().toList(), certificates::toString);
        assertEquals(1, rows(region, "certificate", student));
        assertEquals(2, Sql.count("select count(*) from region_" + region + ".certificate_final_grade f join region_" + region
                + ".certificate c on c.id = f.certificate_id where c.student_id = ?", UUID.fromString(student)));
    }

    // --- certificate --------------------------------------------------------------------------

    @Test
    void oneCertificatePerKindCreatedOrReplacedByPut() {
        String school = registry.school(orgA);
        String student = registry.student(school);
        api.get(path(student, "certificate"), school).assertProblem(404, "not-found");

        Reply created = api.put(path(student, "certificate"), school,
                aCertificate("BASIC_GENERAL", "2022-06-30", "RUSSIAN", 4, "ALGEBRA", 5, "HISTORY", 3)).assertStatus(201);
        JsonNode basic = created.json();
        assertEquals(CERTIFICATE_FIELDS, JsonFields.of(basic));
        assertEquals(3, basic.path("finalGrades").size());
        assertEquals(Set.of("subject", "grade"), JsonFields.of(basic.path("finalGrades").get(0)));
        assertTrue(created.header("Location").contains("kind=BASIC_GENERAL"), created.header("Location"));

        Map<String, Object> corrected = aCertificate("BASIC_GENERAL", "2022-06-30", "RUSSIAN", 5, "ALGEBRA", 5);
        JsonNode replaced = api.put(path(student, "certificate"), school, corrected).assertStatus(200).json();
        assertEquals(basic.path("id").asText(), replaced.path("id").asText());
        assertEquals(corrected.get("number"), replaced.path("number").asText());
        assertEquals(2, replaced.path("finalGrades").size());
        assertEquals(1, rows(region, "certificate", student));
        assertEquals(2, Sql.count("select count(*) from region_" + region + ".certificate_final_grade where certificate_id = ?",
                UUID.fromString(basic.path("id").asText())));

        JsonNode secondary = api.put(path(student, "certificate"), school,
                aCertificate("SECONDARY_GENERAL", "2024-06-28", "RUSSIAN", 5, "PHYSICS", 4)).assertStatus(201).json();
        assertEquals(2, rows(region, "certificate", student));

        assertEquals(secondary.path("id").asText(),
                api.get(path(student, "certificate"), school).assertStatus(200).json().path("id").asText(), "the latest issued");
        JsonNode chosen = api.get(path(student, "certificate") + "?kind=BASIC_GENERAL", registry.ministry()).assertStatus(200).json();
        assertEquals(basic.path("id").asText(), chosen.path("id").asText());
        assertEquals(5, chosen.path("finalGrades").get(0).path("grade").asInt());
        api.get(path(student, "certificate") + "?kind=DIPLOMA", school).assertInvalid("kind");
    }

    @Test
    void aBadCertificateStoresNothing() {
        String school = registry.school(orgA);
        String student = registry.student(school);
        api.put(path(student, "certificate"), school,
                aCertificate("BASIC_GENERAL", "2022-06-30", "RUSSIAN", 2, "ALGEBRA", 5, "RUSSIAN", 4))
                .assertInvalid("finalGrades[0].grade", "finalGrades[2].subject");
        api.put(path(student, "certificate"), school, aCertificate("MASTER", "2022-06-30")).assertInvalid("kind", "finalGrades");
        assertEquals(0, rows(region, "certificate", student));
        api.get(path(student, "certificate") + "?kind=SECONDARY_GENERAL", school).assertProblem(404, "not-found");
    }

    // --- isolation ----------------------------------------------------------------------------

    @Test
    void anotherRegionKnowsNothingOfTheStudent() {
        String school = registry.school(orgA);
        String student = registry.student(school);
        api.post(path(student, "exam-results"), school, anExamResult("EGE", "CHEMISTRY", 2024, 66)).assertStatus(201);

        String other = Regions.onboard(api, "pf_other", 3);
        RegistryCalls elsewhere = new RegistryCalls(api, other);
        String otherSchool = elsewhere.school(elsewhere.organization());
        api.get(path(student, "exam-results"), elsewhere.ministry()).assertProblem(404, "not-found");
        api.get(path(student, "exam-results"), otherSchool).assertProblem(404, "not-found");
        api.post(path(student, "exam-results"), otherSchool, anExamResult("EGE", "CHEMISTRY", 2024, 99))
                .assertProblem(404, "not-found");
        api.put(path(student, "certificate"), otherSchool, aCertificate("BASIC_GENERAL", "2022-06-30", "RUSSIAN", 4))
                .assertProblem(404, "not-found");

        assertEquals(0, portfolioRows(other, student));
        assertEquals(0, AuditRows.about(other, student).size());
        assertEquals(List.of(List.of(66)), Sql.rows("select score from region_" + region + ".exam_result where student_id = ?",
                UUID.fromString(student)));
    }

    // --- audit --------------------------------------------------------------------------------

    @Test
    void everyReadAndWriteIsJournaledAgainstTheStudent() {
        String school = registry.school(orgA);
        String student = registry.student(school);
        long before = journal(student).size();

        api.post(path(student, "achievements"), school, anAchievement()).assertStatus(201);
        api.post(path(student, "grades"), school, aGrade(2024, "Q3", "BIOLOGY", 4)).assertStatus(201);
        api.post(path(student, "grades"), school, aGrade(2024, "Q3", "BIOLOGY", 5)).assertStatus(200);
        api.put(path(student, "certificate"), school, aCertificate("BASIC_GENERAL", "2022-06-30", "BIOLOGY", 5)).assertStatus(201);
        api.get(path(student, "achievements"), school).assertStatus(200);
        api.get(path(student, "exam-results"), registry.ministry()).assertStatus(200);
        api.get(path(student, "grades"), school).assertStatus(200);
        api.get(path(student, "certificate"), registry.ministry()).assertStatus(200);

        List<AuditRows.Row> rows = journal(student);
        assertEquals(before + 8, Sql.count("select count(*) from region_" + region + ".audit_event where subject_id = ?", student));
        List<AuditRows.Row> portfolio = rows.subList((int) before, rows.size());
        assertEquals(List.of(
                new AuditRows.Row("CREATE", "school-operator", orgA, "student", student, Set.of("achievements")),
                new AuditRows.Row("CREATE", "school-operator", orgA, "student", student, Set.of("grades")),
                new AuditRows.Row("UPDATE", "school-operator", orgA, "student", student, Set.of("grades")),
                new AuditRows.Row("CREATE", "school-operator", orgA, "student", student, Set.of("certificate")),
                new AuditRows.Row("READ", "school-operator", orgA, "student", student, Set.of("achievements")),
                new AuditRows.Row("READ", "education-ministry", null, "student", student, Set.of("exam-results")),
                new AuditRows.Row("READ", "school-operator", orgA, "student", student, Set.of("grades")),
                new AuditRows.Row("READ", "education-ministry", null, "student", student, Set.of("certificate"))), portfolio);
    }

    // --- parents ------------------------------------------------------------------------------

    @Test
    void aParentSeesItsChildsPerformanceOnlyFromStageThree() {
        String parentSnils = SnilsNumbers.next();
        String school = registry.school(orgA);
        String child = registry.student(school, aChildOf(parentSnils).build());
        api.post(path(child, "grades"), school, aGrade(2024, "Q1", "RUSSIAN", 5)).assertStatus(201);
        api.post(path(child, "exam-results"), school, anExamResult("OGE", "RUSSIAN", 2024, 5)).assertStatus(201);
        api.put(path(child, "certificate"), school, aCertificate("BASIC_GENERAL", "2024-06-28", "RUSSIAN", 5)).assertStatus(201);
        api.post(path(child, "achievements"), school, anAchievement()).assertStatus(201);
        String parent = Tokens.citizen(region, parentSnils);

        JsonNode card = api.get("/api/citizen/children/" + child, parent).assertStatus(200).json();
        JsonNode performance = card.path("performance");
        assertEquals(Set.of("grades", "examResults", "certificates", "achievements"), JsonFields.of(performance));
        assertEquals(Set.of("year", "period", "subject", "grade"), JsonFields.of(performance.path("grades").get(0)));
        assertEquals(Set.of("exam", "subject", "year", "score"), JsonFields.of(performance.path("examResults").get(0)));
        assertEquals(Set.of("kind", "series", "number", "issueDate", "finalGrades"),
                JsonFields.of(performance.path("certificates").get(0)));
        assertEquals(Set.of("kind", "title", "subject", "level", "result", "date"),
                JsonFields.of(performance.path("achievements").get(0)));
        assertEquals(5, performance.path("grades").get(0).path("grade").asInt());
        assertFalse(card.has("health"), "never health data");
        List<AuditRows.Row> reads = AuditRows.about(region, child, "READ");
        assertTrue(reads.get(reads.size() - 1).fields().contains("performance"), () -> reads.toString());

        // The parent's access log shows the school's portfolio writes, found by the child's id.
        JsonNode log = api.get("/api/citizen/children/" + child + "/access-log", parent).assertStatus(200).json();
        List<String> schoolWrites = new ArrayList<>();
        log.path("items").forEach(entry -> {
            if (entry.path("role").asText().equals("school-operator") && entry.path("action").asText().equals("CREATE")) {
                entry.path("data").forEach(data -> schoolWrites.add(data.asText()));
            }
        });
        assertTrue(schoolWrites.containsAll(List.of("grades", "exam-results", "certificate", "achievements")),
                () -> "access log: " + log);

        // A child in a region at stage 2: the card has no performance part.
        String code = Regions.onboard(api, "pf_parent", 2);
        RegistryCalls calls = new RegistryCalls(api, code);
        String youngerChild = calls.student(calls.ministry(), aChildOf(parentSnils).build());
        JsonNode earlier = api.get("/api/citizen/children/" + youngerChild, parent).assertStatus(200).json();
        assertFalse(earlier.has("performance"), earlier::toString);
    }
}
