package ru.kontingent.server.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The registry calls the enrollment tests repeat, for one region: set-up steps that must succeed
 * ({@code organization}, {@code student}, {@code enrolled}) and the calls under test, which return
 * the {@link Reply} for the test to judge.
 */
public final class RegistryCalls {

    private static final String STUDENTS = "/api/registry/students/";

    private final Api api;
    private final String region;

    public RegistryCalls(Api api, String region) {
        this.api = api;
        this.region = region;
    }

    public String region() {
        return region;
    }

    public String ministry() {
        return Tokens.educationMinistry(region);
    }

    public String school(String organizationId) {
        return Tokens.schoolOperator(region, organizationId);
    }

    /** A new organization registered by the ministry; its id. */
    public String organization() {
        return organization(RegistryData.anOrganization().build());
    }

    public String organization(Map<String, Object> body) {
        return api.post("/api/registry/organizations", ministry(), body).assertStatus(201).json().path("id").asText();
    }

    public JsonNode organizationView(String organizationId) {
        return api.get("/api/registry/organizations/" + organizationId, ministry()).assertStatus(200).json();
    }

    /** A new student registered with this token (a school operator's registers it for its organization); its id. */
    public String student(String token) {
        return student(token, RegistryData.aStudent().build());
    }

    public String student(String token, Map<String, Object> body) {
        return api.post("/api/registry/students", token, body).assertStatus(201).json().path("id").asText();
    }

    public Reply enroll(String token, String studentId, Map<String, Object> body) {
        return api.post(STUDENTS + studentId + "/enrollments", token, body);
    }

    /** An enrollment that must succeed; its id. */
    public String enrolled(String token, String studentId, Map<String, Object> body) {
        return enroll(token, studentId, body).assertStatus(201).json().path("id").asText();
    }

    public Reply enrollments(String token, String studentId) {
        return api.get(STUDENTS + studentId + "/enrollments", token);
    }

    public Reply end(String token, String studentId, String enrollmentId, String endDate, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("endDate", endDate);
        body.put("reason", reason);
        return end(token, studentId, enrollmentId, body);
    }

    public Reply end(String token, String studentId, String enrollmentId, Map<String, Object> body) {
        return api.post(STUDENTS + studentId + "/enrollments/" + enrollmentId + "/end", token, body);
    }

    public Reply transfer(String token, String studentId, Map<String, Object> body) {
        return api.post(STUDENTS + studentId + "/transfers", token, body);
    }

    public Reply trajectory(String token, String studentId) {
        return api.get(STUDENTS + studentId + "/trajectory", token);
    }

    /** A transfer body: {@code toOrganizationId, date, grade?, orderNumber}. */
    public static Map<String, Object> transferTo(String organizationId, String date, Integer grade) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("toOrganizationId", organizationId);
        body.put("date", date);
        if (grade != null) {
            body.put("grade", grade);
        }
        body.put("orderNumber", "77-п");
        return body;
    }

    /** Asserts the fields every enrollment view carries. */
    public static void assertEnrollment(JsonNode view, String studentId, String organizationId, String program, String level,
                                        Integer grade, String startDate) {
        assertEquals(studentId, view.path("studentId").asText(), "studentId");
        assertEquals(organizationId, view.path("organizationId").asText(), "organizationId");
        assertEquals(program, view.path("program").asText(), "program");
        assertEquals(level, view.path("level").asText(), "level");
        if (grade == null) {
            assertTrue(view.has("grade") && view.path("grade").isNull(), () -> "grade is null: " + view);
        } else {
            assertEquals(grade.intValue(), view.path("grade").asInt(-1), "grade");
        }
        assertEquals(startDate, view.path("startDate").asText(), "startDate");
    }

    /** The member names of a JSON object, sorted: for "exactly these keys" assertions. */
    public static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
