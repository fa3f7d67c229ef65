package ru.kontingent.server.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.kontingent.server.portfolio.PortfolioData;
import ru.kontingent.server.testing.Api;
import ru.kontingent.server.testing.KontingentIT;
import ru.kontingent.server.testing.Regions;
import ru.kontingent.server.testing.RegistryCalls;
import ru.kontingent.server.testing.Reply;
import ru.kontingent.server.testing.SnilsNumbers;
import ru.kontingent.server.testing.Tokens;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.kontingent.server.testing.RegistryData.aStudent;
import static ru.kontingent.server.testing.RegistryData.anEnrollment;

/**
 * Reports: who may list and run what at which stage, numbers as of a date from the dated history,
 * the cache that a write invalidates, CSV and XLSX exports, bad parameters, and the federal
 * roll-up that suppresses small cells and carries no personal data.
 */
class ReportingIT extends KontingentIT {

    private static final String BY_GRADE = "/api/reports/registry.contingent-by-level-grade-sex";

    private static String region;
    private static RegistryCalls registry;
    private static String school;

    @BeforeAll
    static void aSchoolWithPupils() {
        region = Regions.onboard(api, "rep", 1);
        registry = new RegistryCalls(api, region);
        school = registry.organization();
        pupil("F", 3, "2021-09-01");
        pupil("F", 3, "2021-09-01");
        pupil("M", 3, "2021-09-01");
        String left = pupil("M", 2, "2021-09-01");
        String enrollment = registry.enrollments(registry.ministry(), left).json().get(0).path("id").asText();
        registry.end(registry.ministry(), left, enrollment, "2023-05-31", "FAMILY_EDUCATION").assertStatus(200);
    }

    private static String pupil(String sex, int grade, String since) {
        String student = registry.student(registry.ministry(), aStudent().with("sex", sex).build());
        registry.enrolled(registry.ministry(), student, anEnrollment(school).with("grade", grade).with("startDate", since).build());
        return student;
    }

    private static Set<String> ids(JsonNode list) {
        Set<String> ids = new java.util.TreeSet<>();
        list.forEach(report -> ids.add(report.path("id").asText()));
        return ids;
    }

    /** The count of the row whose leading values are these, or 0 when there is no such row. */
    private static long count(JsonNode report, Object... leading) {
        for (JsonNode row : report.path("rows")) {
            boolean match = true;
            for (int i = 0; i < leading.length; i++) {
                match &= row.get(i).asText().equals(String.valueOf(leading[i]));
            }
            if (match) {
                return row.get(row.size() - 1).asLong();
            }
        }
        return 0;
    }

    @Test
    void eachRoleListsWhatItMayRunAtTheRegionsStage() {
        Set<String> ministry = ids(api.get("/api/reports", registry.ministry()).assertStatus(200).json());
        assertTrue(ministry.containsAll(Set.of("registry.contingent-by-level-grade-sex", "registry.contingent-by-age-sex",
                "registry.contingent-by-organization", "registry.migration", "registry.organizations-by-kind-municipality")), ministry::toString);
        assertTrue(ministry.stream().noneMatch(id -> id.startsWith("health.")), "health reports need stage 2");
        assertEquals(Set.of(), ids(api.get("/api/reports", Tokens.healthMinistry(region)).assertStatus(200).json()));
        api.get("/api/reports", Tokens.citizen(region, SnilsNumbers.next())).assertStatus(403);

        String staged = Regions.onboard(api, "rep_s", 2);
        Set<String> health = ids(api.get("/api/reports", Tokens.healthMinistry(staged)).assertStatus(200).json());
        assertEquals(Set.of("health.by-health-group", "health.by-pe-group", "health.disability-by-reason",
                "health.needs-by-organization"), health);
        assertTrue(ids(api.get("/api/reports", Tokens.educationMinistry(staged)).json()).contains("health.needs-by-organization"));
    }

    @Test
    void runningIsRefusedOutsideTheDefinition() {
        api.get(BY_GRADE, Tokens.healthMinistry(region)).assertProblem(403, "forbidden");
        api.get("/api/reports/health.by-health-group", Tokens.healthMinistry(region)).assertProblem(403, "module-disabled");
        api.get("/api/reports/no.such-report", registry.ministry()).assertProblem(404, "not-found");
        api.get(BY_GRADE + "?asOf=2014-02-30&format=pdf", registry.ministry()).assertInvalid("format");
        api.get(BY_GRADE + "?asOf=2014-02-30", registry.ministry()).assertInvalid("asOf");
        api.get(BY_GRADE + "?region=r23&asOf=2014-02-30", registry.ministry()).assertInvalid("asOf", "region");
        api.get("/api/reports/registry.migration", registry.ministry()).assertInvalid("from", "to");
    }

    @Test
    void countsHoldAsOfTheDateAsked() {
        JsonNode today = api.get(BY_GRADE, registry.ministry()).assertStatus(200).json();
        JsonNode lastYear = api.get(BY_GRADE + "?asOf=2022-09-01", registry.ministry()).assertStatus(200).json();
        JsonNode beforeSchool = api.get(BY_GRADE + "?asOf=2021-08-31", registry.ministry()).assertStatus(200).json();

        assertEquals(List.of("level", "grade", "sex", "students"), names(today.path("columns")));
        assertEquals(2, count(today, "PRIMARY_GENERAL", 3, "F"));
        assertEquals(1, count(today, "PRIMARY_GENERAL", 3, "M"));
        assertEquals(0, count(today, "PRIMARY_GENERAL", 2, "M"), "left on 2023-05-31");
        assertEquals(1, count(lastYear, "PRIMARY_GENERAL", 2, "M"));
        assertEquals(0, beforeSchool.path("rows").size());
        assertEquals("2022-09-01", lastYear.path("parameters").path("asOf").asText());
        assertTrue(lastYear.has("generatedAt"));

        JsonNode byAge = api.get("/api/reports/registry.contingent-by-age-sex?asOf=2024-05-17", registry.ministry()).json();
        assertEquals(2, count(byAge, 10, "F"), "born 2014-05-17: ten full years on 2024-05-17");
    }

    @Test
    void aWarmResultIsCachedAndAWriteMakesTheNextOneFresh() {
        String region2 = Regions.onboard(api, "rep_c", 1);
        RegistryCalls local = new RegistryCalls(api, region2);
        String org = local.organization();
        String student = local.student(local.ministry());
        local.enrolled(local.ministry(), student, anEnrollment(org).build());

        Reply cold = api.get(BY_GRADE, local.ministry()).assertStatus(200);
        Reply warm = api.get(BY_GRADE, local.ministry()).assertStatus(200);
        assertEquals("miss", cold.header("X-Report-Cache"));
        assertEquals("hit", warm.header("X-Report-Cache"));
        assertEquals(cold.json(), warm.json());
        assertEquals(1, count(warm.json(), "PRIMARY_GENERAL", 1, "F"));

        String second = local.student(local.ministry());
        local.enrolled(local.ministry(), second, anEnrollment(org).build());

        Reply after = api.get(BY_GRADE, local.ministry()).assertStatus(200);
        assertEquals("miss", after.header("X-Report-Cache"));
        assertEquals(2, count(after.json(), "PRIMARY_GENERAL", 1, "F"));
        assertEquals("miss", api.get(BY_GRADE + "?asOf=2024-01-01", local.ministry()).header("X-Report-Cache"),
                "other parameters, other entry");
    }

    @Test
    void csvIsForSpreadsheets() {
        Api.Download csv = api.download(BY_GRADE + "?format=csv", registry.ministry());

        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        assertTrue(csv.header("Content-Disposition").contains(".csv"));
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(csv.body()[0], csv.body()[1], csv.body()[2]));
        String text = new String(csv.body(), StandardCharsets.UTF_8).substring(1);
        assertTrue(text.startsWith("Уровень образования;Класс;Пол;Обучающихся\r\n"), text);
        assertTrue(text.contains("PRIMARY_GENERAL;3;F;2\r\n"), text);
    }

    @Test
    void xlsxHasTypedNumbers() throws IOException {
        Api.Download xlsx = api.download(BY_GRADE + "?format=xlsx", registry.ministry());

        assertEquals(200, xlsx.status(), () -> new String(xlsx.body(), StandardCharsets.UTF_8));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Обучающихся", sheet.getRow(0).getCell(3).getStringCellValue());
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(3).getCellType());
        }
    }

    @Test
    void migrationFollowsAChildAcrossRegionsByTheIndexAlone() {
        String from = Regions.onboard(api, "rep_from", 1);
        String to = Regions.onboard(api, "rep_to", 1);
        RegistryCalls a = new RegistryCalls(api, from);
        RegistryCalls b = new RegistryCalls(api, to);
        String snils = SnilsNumbers.next();
        String inA = a.student(a.ministry(), aStudent().with("snils", snils).build());
        String enrollment = a.enrolled(a.ministry(), inA, anEnrollment(a.organization()).with("startDate", "2020-09-01").build());
        a.end(a.ministry(), inA, enrollment, "2023-06-01", "MOVED_TO_ANOTHER_REGION").assertStatus(200);
        String inB = b.student(b.ministry(), aStudent().with("snils", snils).build());
        b.enrolled(b.ministry(), inB, anEnrollment(b.organization()).with("grade", 3).with("startDate", "2023-09-01").build());

        String period = "?from=2023-01-01&to=2023-12-31";
        JsonNode departures = api.get("/api/reports/registry.migration" + period, a.ministry()).assertStatus(200).json();
        JsonNode arrivals = api.get("/api/reports/registry.migration" + period, b.ministry()).assertStatus(200).json();

        assertEquals(1, count(departures, "DEPARTURE", to));
        assertEquals(1, count(arrivals, "ARRIVAL", from));
        assertEquals(0, api.get("/api/reports/registry.migration?from=2024-01-01&to=2024-12-31", b.ministry()).json()
                .path("rows").size());
    }

    @Test
    void healthReportsCountTheRecordsInForce() {
        String staged = Regions.onboard(api, "rep_h", 2);
        RegistryCalls local = new RegistryCalls(api, staged);
        String org = local.organization();
        List<String> pupils = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String student = local.student(local.ministry());
            local.enrolled(local.ministry(), student, anEnrollment(org).build());
            pupils.add(student);
        }
        String health = Tokens.healthMinistry(staged);
        api.put("/api/health/students/" + pupils.get(0), health, Map.of("healthGroup", "II", "peGroup", "BASIC",
                "adaptedProgramNeeded", false, "longTermTreatmentNeeded", false, "validFrom", "2022-01-10")).assertStatus(201);
        api.put("/api/health/students/" + pupils.get(1), health, Map.of("healthGroup", "V", "peGroup", "SPECIAL_B",
                "disability", Map.of("category", "CHILD_WITH_DISABILITY", "reason", "CONGENITAL", "from", "2019-01-01"),
                "adaptedProgramNeeded", true, "longTermTreatmentNeeded", true, "validFrom", "2023-01-10")).assertStatus(201);

        JsonNode groups = api.get("/api/reports/health.by-health-group", health).assertStatus(200).json();
        JsonNode groupsBefore = api.get("/api/reports/health.by-health-group?asOf=2022-12-31", health).json();
        JsonNode disability = api.get("/api/reports/health.disability-by-reason", health).json();
        JsonNode needs = api.get("/api/reports/health.needs-by-organization", local.ministry()).assertStatus(200).json();

        assertEquals(1, count(groups, "II"));
        assertEquals(1, count(groups, "V"));
        assertEquals(0, count(groupsBefore, "V"));
        assertEquals(1, count(disability, "CONGENITAL"));
        assertEquals(1, needs.path("rows").size());
        assertEquals(1, needs.path("rows").get(0).get(2).asLong());
        assertEquals(1, needs.path("rows").get(0).get(3).asLong());
        api.get("/api/reports/health.by-health-group", local.ministry()).assertProblem(403, "forbidden");
    }

    @Test
    void portfolioReportsGiveExamStatisticsOlympiadsAndCertificates() {
        String staged = Regions.onboard(api, "rep_p", 3);
        RegistryCalls local = new RegistryCalls(api, staged);
        String org = local.organization();
        String school = local.school(org);
        int[] scores = {70, 80, 95};
        for (int score : scores) {
            String student = local.student(school);
            String path = "/api/portfolio/students/" + student;
            api.post(path + "/exam-results", school, PortfolioData.anExamResult("EGE", "MATHEMATICS", 2025, score)).assertStatus(201);
            api.post(path + "/exam-results", school, PortfolioData.anExamResult("OGE", "RUSSIAN", 2023, 4)).assertStatus(201);
        }
        String winner = local.student(school);
        Map<String, Object> olympiad = new java.util.LinkedHashMap<>(PortfolioData.anAchievement());
        olympiad.putAll(Map.of("kind", "OLYMPIAD", "level", "REGIONAL", "result", "WINNER", "subject", "PHYSICS", "date", "2025-02-10"));
        api.post("/api/portfolio/students/" + winner + "/achievements", school, olympiad).assertStatus(201);
        api.put("/api/portfolio/students/" + winner + "/certificate", school,
                PortfolioData.aCertificate("BASIC_GENERAL", "2025-06-25", "RUSSIAN", 5)).assertStatus(201);
        String ministry = local.ministry();

        JsonNode exams = api.get("/api/reports/portfolio.exam-results?asOf=2025-12-31", ministry).assertStatus(200).json();
        JsonNode bands = api.get("/api/reports/portfolio.exam-score-distribution?asOf=2025-12-31", ministry).json();
        JsonNode olympiads = api.get("/api/reports/portfolio.olympiad-winners?asOf=2025-05-31", ministry).json();
        JsonNode olympiadsNextYear = api.get("/api/reports/portfolio.olympiad-winners?asOf=2025-10-01", ministry).json();
        JsonNode certificates = api.get("/api/reports/portfolio.certificates-issued?asOf=2025-12-31", ministry).json();

        JsonNode ege = examRow(exams, "EGE", "MATHEMATICS");
        assertEquals(3, ege.get(3).asLong());
        assertEquals(81.67, ege.get(4).asDouble(), 0.001);
        assertEquals(80.0, ege.get(5).asDouble(), 0.001);
        assertEquals(1, count(bands, "EGE", "MATHEMATICS", 2025, "60-79"));
        assertEquals(2, count(bands, "EGE", "MATHEMATICS", 2025, "80-100"));
        assertEquals(3, count(bands, "OGE", "RUSSIAN", 2023, "4"));
        assertEquals(1, count(olympiads, "REGIONAL", "PHYSICS", "WINNER"));
        assertEquals(0, olympiadsNextYear.path("rows").size(), "a new school year starts on 1 September");
        assertEquals(1, count(certificates, "BASIC_GENERAL", 2025));
        JsonNode byEnd2024 = api.get("/api/reports/portfolio.exam-results?asOf=2024-12-31", ministry).json();
        assertEquals(1, byEnd2024.path("rows").size(), "only the 2023 OGE by the end of 2024: " + byEnd2024);
        assertEquals("OGE", byEnd2024.path("rows").get(0).get(0).asText());
        api.get("/api/reports/portfolio.exam-results", Tokens.educationMinistry(region)).assertProblem(403, "module-disabled");
    }

    private static JsonNode examRow(JsonNode report, String exam, String subject) {
        for (JsonNode row : report.path("rows")) {
            if (row.get(0).asText().equals(exam) && row.get(1).asText().equals(subject)) {
                return row;
            }
        }
        throw new AssertionError("no " + exam + " " + subject + " in " + report);
    }

    @Test
    void theFederalRollUpSuppressesSmallCellsAndCarriesNoPersonalData() {
        String small = Regions.onboard(api, "rep_fs", 1);
        String big = Regions.onboard(api, "rep_fb", 1);
        RegistryCalls s = new RegistryCalls(api, small);
        RegistryCalls b = new RegistryCalls(api, big);
        String smallOrg = s.organization();
        String bigOrg = b.organization();
        String unique = "Уникальнаяфамилия";
        for (int i = 0; i < 2; i++) {
            String student = s.student(s.ministry(), aStudent().with("lastName", unique).build());
            s.enrolled(s.ministry(), student, anEnrollment(smallOrg).with("grade", 4).build());
        }
        for (int i = 0; i < 7; i++) {
            String student = b.student(b.ministry(), aStudent().build());
            b.enrolled(b.ministry(), student, anEnrollment(bigOrg).with("grade", 4).build());
        }
        // A second small cell of the same combination: two suppressed cells protect each other,
        // so the big region's 7 need not be hidden to keep the small ones from being subtracted out.
        String tiny = Regions.onboard(api, "rep_ft", 1);
        RegistryCalls t = new RegistryCalls(api, tiny);
        String tinyOrg = t.organization();
        t.enrolled(t.ministry(), t.student(t.ministry()), anEnrollment(tinyOrg).with("grade", 4).build());

        JsonNode rollUp = api.get("/api/platform/reports/registry.contingent-by-level-grade-sex", Tokens.federalOperator())
                .assertStatus(200).json();

        assertTrue(names(rollUp.path("regionsIncluded")).containsAll(List.of(small, big)));
        JsonNode smallRow = regionRow(rollUp, small, "PRIMARY_GENERAL", "4", "F");
        JsonNode bigRow = regionRow(rollUp, big, "PRIMARY_GENERAL", "4", "F");
        assertTrue(smallRow.get(4).isNull(), "2 girls in grade 4 are fewer than 5: " + smallRow);
        assertTrue(regionRow(rollUp, tiny, "PRIMARY_GENERAL", "4", "F").get(4).isNull());
        assertEquals(7, bigRow.get(4).asLong(), bigRow::toString);
        assertEquals(5, rollUp.path("report").path("threshold").asInt());
        assertTrue(rollUp.path("report").path("suppressedCells").asInt() >= 1);
        assertFalse(rollUp.toString().contains(unique), "no names in a roll-up");

        api.get("/api/platform/reports/registry.contingent-by-level-grade-sex", s.ministry()).assertStatus(403);
        api.get("/api/platform/reports/no.such-report", Tokens.federalOperator()).assertProblem(404, "not-found");
    }

    private static JsonNode regionRow(JsonNode rollUp, String region, String... leading) {
        for (JsonNode row : rollUp.path("report").path("regions")) {
            boolean match = row.get(0).asText().equals(region);
            for (int i = 0; i < leading.length; i++) {
                match &= row.get(i + 1).asText().equals(leading[i]);
            }
            if (match) {
                return row;
            }
        }
        throw new AssertionError("no row " + region + " " + List.of(leading) + " in " + rollUp);
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(node -> names.add(node.isObject() ? node.path("name").asText() : node.asText()));
        return names;
    }
}
