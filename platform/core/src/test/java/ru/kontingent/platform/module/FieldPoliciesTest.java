package ru.kontingent.platform.module;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The union over a caller's roles, remembered per view and governing roles, never widened by other roles. */
class FieldPoliciesTest {

    private static final String VIEW = "test.view";

    private final FieldPolicies policies = policies(
            new FieldPolicy(VIEW, "ministry", Set.of("id", "name", "snils")),
            new FieldPolicy(VIEW, "school", Set.of("id", "name", "address")),
            new FieldPolicy("other.view", "school", Set.of("secret")));

    @Test
    void theUnionOfTheCallersRolesSortedByName() {
        assertEquals(List.of("address", "id", "name", "snils"), List.copyOf(policies.visibleFields(VIEW, Set.of("ministry", "school"))));
        assertEquals(List.of("address", "id", "name"), List.copyOf(policies.visibleFields(VIEW, Set.of("school"))));
    }

    @Test
    void rolesWithoutAPolicyAddNothingAndShareTheAnswer() {
        Set<String> school = policies.visibleFields(VIEW, Set.of("school"));
        assertSame(school, policies.visibleFields(VIEW, Set.of("school", "unknown-role")));
        assertEquals(Set.of(), policies.visibleFields(VIEW, Set.of("unknown-role")));
        assertEquals(Set.of(), policies.visibleFields("no.such.view", Set.of("ministry")));
    }

    @Test
    void aRememberedAnswerCannotBeChangedByItsReader() {
        Set<String> ministry = policies.visibleFields(VIEW, Set.of("ministry"));
        assertThrows(UnsupportedOperationException.class, () -> ministry.add("secret"));
        assertEquals(Set.of("id", "name", "snils"), policies.visibleFields(VIEW, Set.of("ministry")));
    }

    private static FieldPolicies policies(FieldPolicy... declared) {
        KontingentModule module = new KontingentModule() {
            public String id() {
                return "test";
            }

            public int stage() {
                return 1;
            }

            public String apiPath() {
                return "test";
            }

            public String changelog() {
                return "test.xml";
            }

            @Override
            public List<FieldPolicy> fieldPolicies() {
                return List.of(declared);
            }
        };
        FieldPolicies policies = new FieldPolicies();
        policies.modules = new ModuleCatalog() {
            @Override
            public List<KontingentModule> all() {
                return List.of(module);
            }
        };
        policies.collect();
        return policies;
    }
}
