package ru.kontingent.server.security;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.kontingent.server.portfolio.PortfolioData;
import ru.kontingent.server.testing.KontingentIT;
import ru.kontingent.server.testing.Regions;
import ru.kontingent.server.testing.RegistryCalls;
import ru.kontingent.server.testing.Reply;
import ru.kontingent.server.testing.Sql;
import ru.kontingent.server.testing.Tokens;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.kontingent.server.testing.RegistryData.anEnrollment;
import static ru.kontingent.server.testing.RegistryData.anOrganization;
import static ru.kontingent.server.testing.RegistryData.aStudent;

/**
 * Generated hostile bodies for every endpoint that takes one: each value of a valid body spoiled
 * in every way of {@link Mutation} (wrong types, nulls, missing fields, overlong text, NUL and
 * control characters, SQL and JSON metacharacters, numbers out of range, impossible dates, deep
 * nesting), the paths chosen by jqwik, plus broken whole bodies (empty, malformed, wrong media
 * type, oversized). No answer may be a 5xx; every refusal is problem+json and stores nothing
 * (row counts); spoilings no field can accept must be refused. All failures are collected and
 * reported together.
 */
class HostileInputIT extends KontingentIT {

    private static final int PATHS_PER_MUTATION = 3;
    private static final String PROBLEM = "application/problem+json";

    private static final List<HostileTarget> targets = new ArrayList<>();

    @BeforeAll
    static void fixtures() {
        String region = Regions.onboard(api, "hostile", 3);
        String schema = "region_" + region;
        RegistryCalls registry = new RegistryCalls(api, region);
        String org = registry.organization();
        String otherOrg = registry.organization();
        String school = registry.school(org);
        String student = registry.student(school);
        String enrollment = registry.enrolled(school, student, anEnrollment(org).build());
        String pupil = "/api/registry/students/" + student;
        String throwaway = Regions.onboard(api, "hostile_s", 1);

        targets.add(new HostileTarget("onboard a region", "POST", "/api/platform/regions", Tokens::federalOperator,
                Map.of("code", Regions.uniqueCode("h"), "name", "Новый регион", "stage", 1),
                "select count(*) from platform.region", null));
        targets.add(new HostileTarget("move the stage", "PUT", "/api/platform/regions/" + throwaway + "/stage",
                () -> Tokens.regionalAdmin(throwaway), Map.of("stage", 2),
                "select count(*) from platform.stage_change", null));
        targets.add(new HostileTarget("suspend a region", "PUT", "/api/platform/regions/" + throwaway + "/status",
                Tokens::federalOperator, Map.of("status", "ACTIVE"),
                "select count(*) from platform.platform_audit", null));
        targets.add(new HostileTarget("register an organization", "POST", "/api/registry/organizations", registry::ministry,
                anOrganization().build(), "select count(*) from " + schema + ".organization", null));
        targets.add(new HostileTarget("register a student", "POST", "/api/registry/students", () -> school,
                aStudent().build(), "select count(*) from " + schema + ".student", null));
        targets.add(new HostileTarget("update a student", "PUT", pupil, () -> school,
                aStudent().build(), "select version from " + schema + ".student where id = '" + student + "'", pupil));
        targets.add(new HostileTarget("enroll", "POST", pupil + "/enrollments", registry::ministry,
                anEnrollment(otherOrg).with("program", "ADDITIONAL").with("level", "ADDITIONAL").without("grade").build(),
                "select count(*) from " + schema + ".enrollment", null));
        targets.add(new HostileTarget("end an enrollment", "POST", pupil + "/enrollments/" + enrollment + "/end", () -> school,
                Map.of("endDate", "2024-05-31", "reason", "FAMILY_EDUCATION"),
                "select count(*) from " + schema + ".enrollment where end_date is not null", null));
        targets.add(new HostileTarget("transfer", "POST", pupil + "/transfers", registry::ministry,
                Map.of("toOrganizationId", otherOrg, "date", "2024-09-01", "grade", 2, "orderNumber", "17-п"),
                "select count(*) from " + schema + ".enrollment", null));
        String promoted = registry.student(school);
        registry.enrolled(school, promoted, anEnrollment(org).with("grade", 9).with("level", "BASIC_GENERAL").build());
        Map<String, Object> promotion = new LinkedHashMap<>();
        promotion.put("date", "2025-09-01");
        promotion.put("orderNumber", "5-п");
        promotion.put("heldBack", List.of(promoted));
        promotion.put("leaving", List.of());
        targets.add(new HostileTarget("preview a promotion", "POST", "/api/registry/organizations/" + org + "/promotion?dryRun=true",
                () -> school, promotion, "select count(*) from " + schema + ".enrollment where end_date is null", null));
        targets.add(new HostileTarget("promote", "POST", "/api/registry/organizations/" + org + "/promotion",
                () -> school, promotion, "select count(*) from " + schema + ".promotion_batch", null));
        targets.add(new HostileTarget("record health", "PUT", "/api/health/students/" + student, () -> Tokens.healthMinistry(region),
                healthRecord(), "select count(*) from " + schema + ".health_record", "/api/health/students/" + student));
        targets.add(new HostileTarget("add an achievement", "POST", "/api/portfolio/students/" + student + "/achievements",
                () -> school, PortfolioData.anAchievement(), "select count(*) from " + schema + ".achievement", null));
        targets.add(new HostileTarget("add an exam result", "POST", "/api/portfolio/students/" + student + "/exam-results",
                () -> school, PortfolioData.anExamResult("EGE", "PHYSICS", 2024, 77), "select count(*) from " + schema + ".exam_result", null));
        targets.add(new HostileTarget("add a grade", "POST", "/api/portfolio/students/" + student + "/grades",
                () -> school, PortfolioData.aGrade(2024, "Q2", "PHYSICS", 5), "select count(*) from " + schema + ".grade", null));
        targets.add(new HostileTarget("issue a certificate", "PUT", "/api/portfolio/students/" + student + "/certificate",
                () -> school, PortfolioData.aCertificate("BASIC_GENERAL", "2024-06-25", "RUSSIAN", 5, "MATHEMATICS", 4),
                "select count(*) from " + schema + ".certificate_final_grade", null));

        // The transfer handshake: the throw-away region asks for children of this one.
        RegistryCalls receiving = new RegistryCalls(api, throwaway);
        String receivingOrg = receiving.organization();
        String asked = enrolledChild(registry, org);
        targets.add(new HostileTarget("request a transfer", "POST", "/api/registry/transfer-requests", receiving::ministry,
                Map.of("snils", asked, "toOrganizationId", receivingOrg, "grade", 2, "plannedDate", "2024-09-01", "note", "Переезд семьи"),
                "select count(*) from platform.transfer_request", null));
        String toAccept = transferRequest(receiving, enrolledChild(registry, org), receivingOrg);
        targets.add(new HostileTarget("accept a transfer", "POST", "/api/registry/transfer-requests/" + toAccept + "/accept",
                registry::ministry, Map.of("date", "2024-09-01", "orderNumber", "12-о"),
                "select count(*) from platform.transfer_request where id = '" + toAccept + "' and state <> 'REQUESTED'", null));
        String toDecline = transferRequest(receiving, enrolledChild(registry, org), receivingOrg);
        targets.add(new HostileTarget("decline a transfer", "POST", "/api/registry/transfer-requests/" + toDecline + "/decline",
                registry::ministry, Map.of("reason", "Ребёнок остаётся"),
                "select count(*) from platform.transfer_request where id = '" + toDecline + "' and state <> 'REQUESTED'", null));

        String duplicate = registry.student(registry.ministry());
        targets.add(new HostileTarget("merge a duplicate", "POST", pupil + "/merge", registry::ministry,
                Map.of("duplicateId", duplicate), "select count(*) from " + schema + ".student_merge", null));
    }

    /** A new child of the region enrolled in the organization; its SNILS. */
    private static String enrolledChild(RegistryCalls registry, String organization) {
        Map<String, Object> child = aStudent().build();
        String id = registry.student(registry.ministry(), child);
        registry.enrolled(registry.ministry(), id, anEnrollment(organization).build());
        return (String) child.get("snils");
    }

    private static String transferRequest(RegistryCalls receiving, String snils, String organization) {
        return api.post("/api/registry/transfer-requests", receiving.ministry(), Map.of("snils", snils, "toOrganizationId", organization))
                .assertStatus(201).json().path("id").asText();
    }

    private static Map<String, Object> healthRecord() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("healthGroup", "II");
        record.put("peGroup", "BASIC");
        record.put("disability", Map.of("category", "CHILD_WITH_DISABILITY", "reason", "DISEASE", "from", "2020-01-01"));
        record.put("adaptedProgramNeeded", false);
        record.put("longTermTreatmentNeeded", false);
        record.put("validFrom", "2024-01-10");
        return record;
    }

    @Test
    void spoiledValuesAreRefusedCleanlyAndStoreNothing() {
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (HostileTarget target : targets) {
            BodyMutator mutator = new BodyMutator(target.validBody());
            Arbitrary<List<Object>> paths = Arbitraries.of(mutator.paths());
            for (Mutation mutation : Mutation.values()) {
                int distinct = Math.min(PATHS_PER_MUTATION, mutator.paths().size());
                for (List<Object> path : paths.sampleStream().distinct().limit(distinct).toList()) {
                    check(target, mutator.mutate(path, mutation), "application/json",
                            mutation.name() + " at " + path, mutation.mustReject() && applies(mutation, target, path), failures);
                    calls++;
                }
            }
        }
        int total = calls;
        assertTrue(failures.isEmpty(), () -> failures.size() + " of " + total + " hostile calls went wrong:\n" + String.join("\n", failures));
    }

    @Test
    void brokenWholeBodiesAreRefusedCleanly() {
        List<String> failures = new ArrayList<>();
        for (HostileTarget target : targets) {
            check(target, "", "application/json", "empty body", true, failures);
            check(target, "null", "application/json", "null body", true, failures);
            check(target, "[]", "application/json", "an array", true, failures);
            check(target, "{\"a\":", "application/json", "truncated JSON", true, failures);
            check(target, "{}", "application/json", "an empty object", true, failures);
            check(target, "{\"x\":1}", "text/plain", "wrong media type", true, failures);
            check(target, "{\"pad\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}", "application/json", "2 MiB body", true, failures);
            check(target, "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}", "application/json", "100,000 levels deep", true, failures);
        }
        assertTrue(failures.isEmpty(), () -> failures.size() + " broken bodies went wrong:\n" + String.join("\n", failures));
    }

    /** An impossible date only spoils a date; a huge or negative number only a number. */
    private static boolean applies(Mutation mutation, HostileTarget target, List<Object> path) {
        return true;
    }

    private static void check(HostileTarget target, String body, String contentType, String what, boolean mustReject,
                              List<String> failures) {
        long before = Sql.count(target.countSql());
        String ifMatch = target.etagPath() == null ? null : etag(target);
        Reply reply = api.sendText(target.method(), target.path(), target.token().get(), contentType, body, ifMatch);
        String where = target.name() + " / " + what + ": " + reply.status();
        if (reply.status() >= 500) {
            failures.add(where + " (server error) " + abbreviate(reply.body()));
            return;
        }
        if (reply.status() >= 400) {
            if (reply.contentType() == null || !reply.contentType().startsWith(PROBLEM)) {
                failures.add(where + " not problem+json but " + reply.contentType());
            }
            long after = Sql.count(target.countSql());
            if (after != before) {
                failures.add(where + " refused, yet the count moved " + before + " -> " + after);
            }
        } else if (mustReject) {
            failures.add(where + " accepted " + abbreviate(body));
        }
    }

    private static String etag(HostileTarget target) {
        String etag = api.get(target.etagPath(), target.token().get()).header("ETag");
        return etag;
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
