package ru.kontingent.server.registry;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import ru.kontingent.server.testing.AuditRows;
import ru.kontingent.server.testing.KontingentIT;
import ru.kontingent.server.testing.Regions;
import ru.kontingent.server.testing.RegistryCalls;
import ru.kontingent.server.testing.Tokens;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.kontingent.server.testing.RegistryData.aStudent;

/**
 * Duplicate candidates: the same name (case and ё/е aside) and birth date under different SNILS,
 * listed for the education ministry, each student journaled; nobody else may look.
 */
class DuplicatesIT extends KontingentIT {

    @Test
    void sameNameAndBirthDateUnderTwoSnilsAreCandidates() {
        String region = Regions.onboard(api, "dup", 1);
        RegistryCalls registry = new RegistryCalls(api, region);
        String first = registry.student(registry.ministry(), aStudent().with("lastName", "Фёдорова").with("firstName", "Алёна")
                .with("birthDate", "2015-03-03").build());
        String second = registry.student(registry.ministry(), aStudent().with("lastName", "ФЕДОРОВА").with("firstName", "алена")
                .with("birthDate", "2015-03-03").build());
        registry.student(registry.ministry(), aStudent().with("lastName", "Фёдорова").with("firstName", "Алёна")
                .with("birthDate", "2015-03-04").build());
        registry.student(registry.ministry(), aStudent().with("lastName", "Петрова").with("birthDate", "2015-03-03").build());

        JsonNode page = api.get("/api/registry/duplicates", registry.ministry()).assertStatus(200).json();

        assertEquals(1, page.path("total").asInt(), page::toString);
        JsonNode group = page.path("items").get(0);
        assertEquals("2015-03-03", group.path("birthDate").asText());
        Set<String> ids = new HashSet<>();
        group.path("students").forEach(student -> ids.add(student.path("id").asText()));
        assertEquals(Set.of(first, second), ids);
        for (String id : List.of(first, second)) {
            assertEquals(1, AuditRows.about(region, id, "SEARCH").size(), "each listed student journaled once");
        }
        api.get("/api/registry/duplicates", registry.school(registry.organization())).assertStatus(403);
        api.get("/api/registry/duplicates", Tokens.healthMinistry(region)).assertStatus(403);
        api.get("/api/registry/duplicates?size=0", registry.ministry()).assertInvalid("size");
    }
}
