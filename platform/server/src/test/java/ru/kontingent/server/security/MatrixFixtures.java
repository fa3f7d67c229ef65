package ru.kontingent.server.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import ru.kontingent.devtools.TokenSpec;
import ru.kontingent.server.portfolio.PortfolioData;
import ru.kontingent.server.testing.Api;
import ru.kontingent.server.testing.Regions;
import ru.kontingent.server.testing.RegistryCalls;
import ru.kontingent.server.testing.Reply;
import ru.kontingent.server.testing.SnilsNumbers;
import ru.kontingent.server.testing.Sql;
import ru.kontingent.server.testing.Tokens;

import java.net.URI;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static ru.kontingent.server.testing.RegistryData.aChildOf;
import static ru.kontingent.server.testing.RegistryData.aStudent;
import static ru.kontingent.server.testing.RegistryData.anEnrollment;
import static ru.kontingent.server.testing.RegistryData.anOrganization;

/**
 * The objects every cell of the matrix is called with, made once: region 1 holds them all, region 2
 * is the "other region" whose callers get the same ids. Named values fill path parameters and query
 * placeholders; names starting with {@code fresh} are made anew for each use. Bodies are recipes by
 * name, so the policy file says which body a row sends.
 */
final class MatrixFixtures {

    static final String REPORT = "registry.contingent-by-level-grade-sex";
    private static final String PROMOTION_DATE = "2025-09-01";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Api api;
    private final String region;
    private final String otherRegion;
    private final RegistryCalls registry;
    private final String orgA;
    private final String orgB;
    private final String otherRegionOrg;
    private final String parentSnils = SnilsNumbers.next();
    private final String strangerSnils = SnilsNumbers.next();
    private final Map<String, Object> organizationBody = anOrganization().build();
    private final Map<String, Object> studentBody = aChildOf(parentSnils).build();
    private final Map<String, Supplier<String>> values = new HashMap<>();
    private final Map<Caller, Map<String, String>> tokens = new EnumMap<>(Caller.class);

    /** Audit events in both regions' journals: a parent's read of region 1 is journaled there. */
    long auditEvents() {
        return Sql.count("select (select count(*) from region_" + region + ".audit_event)"
                + " + (select count(*) from region_" + otherRegion + ".audit_event)");
    }

    MatrixFixtures(Api api) {
        this.api = api;
        region = Regions.onboard(api, "mx", 3);
        otherRegion = Regions.onboard(api, "mxo", 3);
        registry = new RegistryCalls(api, region);
        orgA = registry.organization(organizationBody);
        orgB = registry.organization();
        otherRegionOrg = new RegistryCalls(api, otherRegion).organization();

        String student = registry.student(registry.ministry(), studentBody);
        String enrollment = registry.enrolled(registry.ministry(), student, anEnrollment(orgA).build());
        String base = "/api/portfolio/students/" + student;
        String school = registry.school(orgA);
        api.put("/api/health/students/" + student, Tokens.healthMinistry(region), body("health.record")).assertStatus(201);
        String achievement = api.post(base + "/achievements", school, body("achievement")).assertStatus(201).json().path("id").asText();
        String examResult = api.post(base + "/exam-results", school, body("exam-result")).assertStatus(201).json().path("id").asText();
        String grade = api.post(base + "/grades", school, body("grade")).assertStatus(201).json().path("id").asText();
        api.put(base + "/certificate", school, body("certificate")).assertStatus(201);

        fixed("region", region);
        fixed("report", REPORT);
        fixed("organization", orgA);
        fixed("student", student);
        fixed("studentSnils", (String) studentBody.get("snils"));
        fixed("enrollment", enrollment);
        fixed("achievement", achievement);
        fixed("examResult", examResult);
        fixed("grade", grade);
        fixed("job", importJob(school));
        values.put("freshStudent", () -> {
            String fresh = registry.student(registry.ministry());
            registry.enrolled(registry.ministry(), fresh, anEnrollment(orgA).build());
            return fresh;
        });
        values.put("freshTransferRequest", () -> api.post("/api/registry/transfer-requests", Tokens.educationMinistry(otherRegion),
                map("snils", freshChildSnils(), "toOrganizationId", otherRegionOrg)).assertStatus(201).json().path("id").asText());
        fixed("merge", merged());
        values.put("freshMerge", this::merged);
        fixed("batch", promotionBatch(List.of(student)));
        values.put("freshBatch", () -> {
            String fresh = registry.student(registry.ministry());
            registry.enrolled(registry.ministry(), fresh, anEnrollment(orgA).build());
            List<String> others = Sql.rows("select student_id::text from region_" + region + ".enrollment where organization_id = ?::uuid"
                    + " and program = 'BASIC' and end_date is null and grade is not null and start_date < ?::date"
                    + " and level in ('PRIMARY_GENERAL', 'BASIC_GENERAL', 'SECONDARY_GENERAL') and student_id <> ?::uuid",
                    orgA, PROMOTION_DATE, fresh).stream().map(row -> (String) row.get(0)).toList();
            return promotionBatch(others);
        });
        values.put("freshAdditionalEnrollment", () -> registry.enrolled(registry.ministry(), student, additionalEnrollment(orgA)));
    }

    /**
     * A promotion of org A that moves only the students not held back: the fixtures' student is
     * always held back, so its enrollment stays as the other rows need it.
     */
    private String promotionBatch(List<String> heldBack) {
        return api.post("/api/registry/organizations/" + orgA + "/promotion", registry.ministry(),
                        map("date", PROMOTION_DATE, "orderNumber", "5-п", "heldBack", heldBack))
                .assertStatus(200).json().path("organizations").get(0).path("batchId").asText();
    }

    String value(String name) {
        Supplier<String> value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no fixture named " + name);
        }
        return value.get();
    }

    /** A signed token for the caller in the variant (cached: a matrix run mints each once). */
    String token(Caller caller, String variant) {
        return tokens.computeIfAbsent(caller, c -> new HashMap<>()).computeIfAbsent(variant, v -> mint(caller, v));
    }

    private String mint(Caller caller, String variant) {
        String tokenRegion = variant.equals("other-region") ? otherRegion : region;
        return switch (caller) {
            case FEDERAL_OPERATOR -> Tokens.federalOperator();
            case REGIONAL_ADMIN -> Tokens.regionalAdmin(tokenRegion);
            case EDUCATION_MINISTRY -> Tokens.educationMinistry(tokenRegion);
            case HEALTH_MINISTRY -> Tokens.healthMinistry(tokenRegion);
            case SCHOOL_OPERATOR -> Tokens.schoolOperator(tokenRegion, schoolOf(variant));
            case CITIZEN -> Tokens.citizen(tokenRegion, variant.equals("other-family") ? strangerSnils : parentSnils);
            case NO_ROLE -> Tokens.mint(new TokenSpec("dev-no-role-" + region, List.of(), region, null, null,
                    TokenSpec.DEFAULT_LIFETIME, Map.of()));
        };
    }

    private String schoolOf(String variant) {
        return switch (variant) {
            case "own-org" -> orgA;
            case "other-org" -> orgB;
            default -> otherRegionOrg;
        };
    }

    Object body(String name) {
        return body(name, null, null);
    }

    /**
     * The body recipe of this name: a new object for every call (new codes, SNILS, INNs where they must
     * be unique). Where a body names an organization, a school operator names its own (the token's
     * {@code org}), so that a school of another region is judged on the student, not on a foreign org id.
     */
    Object body(String name, Caller caller, String variant) {
        String school = caller == Caller.SCHOOL_OPERATOR ? schoolOf(variant) : null;
        return switch (name) {
            case "region.new" -> Map.of("code", Regions.uniqueCode("mxnew"), "name", "Matrix throw-away region", "stage", 1);
            case "stage.current" -> Map.of("stage", 3);
            case "status.active" -> Map.of("status", "ACTIVE");
            case "organization.new" -> anOrganization().build();
            case "organization.same" -> organizationBody;
            case "student.new" -> aStudent().build();
            case "merge.freshDuplicate" -> map("duplicateId", registry.student(registry.ministry()));
            case "student.same" -> studentBody;
            case "enrollment.additional" -> additionalEnrollment(school == null ? orgA : school);
            case "enrollment.end" -> map("endDate", "2024-05-31", "reason", "COMPLETED");
            case "promotion.none" -> map("date", PROMOTION_DATE, "orderNumber", "5-п", "heldBack", List.of(), "leaving", List.of());
            case "transfer.toCallersSchool" -> RegistryCalls.transferTo(school == null ? orgB : school, "2024-09-01", null);
            case "transferRequest.freshChild" -> map("snils", freshChildSnils(), "toOrganizationId",
                    school != null ? school : "other-region".equals(variant) ? otherRegionOrg : orgB, "grade", 2);
            case "transfer.accept" -> map("date", "2024-09-01", "orderNumber", "12-о");
            case "transfer.decline" -> map("reason", "Ребёнок остаётся в школе");
            case "import.oneStudent" -> ndjson(aStudent().build());
            case "health.record" -> map("healthGroup", "II", "peGroup", "PREPARATORY", "adaptedProgramNeeded", true,
                    "longTermTreatmentNeeded", false, "validFrom", "2024-02-01");
            case "achievement" -> PortfolioData.anAchievement();
            case "exam-result" -> PortfolioData.anExamResult("EGE", "RUSSIAN", 2024, 81);
            case "grade" -> PortfolioData.aGrade(2024, "Q1", "MATHEMATICS", 5);
            case "certificate" -> PortfolioData.aCertificate("BASIC_GENERAL", "2024-06-20", "RUSSIAN", 5, "MATHEMATICS", 4);
            default -> throw new IllegalArgumentException("no body recipe named " + name);
        };
    }

    /** The SNILS of a new child of region 1, enrolled (BASIC) in org A: what a transfer request asks for. */
    private String freshChildSnils() {
        Map<String, Object> child = aStudent().build();
        String id = registry.student(registry.ministry(), child);
        registry.enrolled(registry.ministry(), id, anEnrollment(orgA).build());
        return (String) child.get("snils");
    }

    /** An ADDITIONAL program in this organization: any number may run beside the student's BASIC enrollment. */
    private Map<String, Object> additionalEnrollment(String organization) {
        return map("organizationId", organization, "program", "ADDITIONAL", "level", "ADDITIONAL", "startDate", "2023-09-01",
                "orderNumber", "45-д");
    }

    /** The current ETag of an object of region 1, read by the own-region caller of this role. */
    String etag(String path, Caller reader) {
        Reply reply = api.get(path, token(reader, "own-region")).assertStatus(200);
        return reply.header("ETag");
    }

    /**
     * An import job of org A: one student line padded with blank lines past the synchronous limit
     * (10,000 lines), so the upload becomes a job while storing a single student.
     */
    private String importJob(String school) {
        String upload = ndjson(aStudent().build()) + "\n".repeat(10_001);
        Reply started = api.send("POST", "/api/registry/import", school, "application/x-ndjson", upload).assertStatus(202);
        String path = URI.create(started.header("Location")).getPath();
        awaitFinished(path, school);
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The job journals its student in the background: done before any cell counts audit events. */
    private void awaitFinished(String jobPath, String token) {
        long deadline = System.currentTimeMillis() + 120_000;
        while (api.get(jobPath, token).assertStatus(200).json().path("state").asText().equals("RUNNING")) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the fixture import job did not finish: " + jobPath);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A merge of two fresh students of region 1 (a registered one into an enrolled one); its id. */
    private String merged() {
        String kept = registry.student(registry.ministry());
        registry.enrolled(registry.ministry(), kept, anEnrollment(orgA).build());
        return api.post("/api/registry/students/" + kept + "/merge", registry.ministry(),
                Map.of("duplicateId", registry.student(registry.ministry()))).assertStatus(201).json().path("id").asText();
    }

    private void fixed(String name, String value) {
        values.put(name, () -> value);
    }

    private static String ndjson(Map<String, Object> line) {
        try {
            return JSON.writeValueAsString(line) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
