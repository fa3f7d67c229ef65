package ru.kontingent.server.registry;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import ru.kontingent.server.testing.KontingentIT;
import ru.kontingent.server.testing.Regions;
import ru.kontingent.server.testing.Tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.kontingent.server.testing.RegistryData.aStudent;
import static ru.kontingent.server.testing.RegistryData.anEnrollment;
import static ru.kontingent.server.testing.RegistryData.anOrganization;

/** The registry's main path end to end: organization, student, enrollment, trajectory. */
class RegistrySmokeIT extends KontingentIT {

    @Test
    void registerEnrollAndFollow() {
        String region = Regions.onboard(api, "reg", 1);
        String ministry = Tokens.educationMinistry(region);
        JsonNode organization = api.post("/api/registry/organizations", ministry, anOrganization().build()).assertStatus(201).json();
        String orgId = organization.path("id").asText();
        String school = Tokens.schoolOperator(region, orgId);

        JsonNode student = api.post("/api/registry/students", school, aStudent().build()).assertStatus(201).json();
        String studentId = student.path("id").asText();
        assertEquals("Алёна", student.path("firstName").asText());

        var enrolled = api.post("/api/registry/students/" + studentId + "/enrollments", school, anEnrollment(orgId).build()).assertStatus(201);
        var followed = api.get(java.net.URI.create(enrolled.header("Location")).getPath(), school).assertStatus(200).json();
        assertEquals(enrolled.json().path("id").asText(), followed.path("id").asText());
        api.get(java.net.URI.create(enrolled.header("Location")).getPath(), Tokens.schoolOperator(region, java.util.UUID.randomUUID().toString()))
                .assertProblem(403, "forbidden");
        JsonNode trajectory = api.get("/api/registry/students/" + studentId + "/trajectory", school).assertStatus(200).json();
        assertEquals(1, trajectory.path("enrollments").size());
        assertEquals(orgId, trajectory.path("enrollments").get(0).path("organizationId").asText());
        api.get("/api/registry/students/" + studentId, Tokens.healthMinistry(region)).assertStatus(200);
    }
}
