package ru.kontingent.portfolio;

import org.junit.jupiter.api.Test;
import ru.kontingent.platform.module.FieldPolicy;
import ru.kontingent.platform.security.Roles;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The declared table: who sees which fields of each portfolio view. */
class PortfolioFieldPoliciesTest {

    @Test
    void fourViewsThreeRolesEach() {
        Map<String, Set<String>> rolesByView = PortfolioFieldPolicies.ALL.stream().collect(Collectors.groupingBy(FieldPolicy::view,
                Collectors.mapping(FieldPolicy::role, Collectors.toSet())));
        Set<String> roles = Set.of(Roles.SCHOOL_OPERATOR, Roles.EDUCATION_MINISTRY, Roles.CITIZEN);
        assertEquals(Map.of(PortfolioFieldPolicies.ACHIEVEMENT_VIEW, roles, PortfolioFieldPolicies.EXAM_RESULT_VIEW, roles,
                PortfolioFieldPolicies.GRADE_VIEW, roles, PortfolioFieldPolicies.CERTIFICATE_VIEW, roles), rolesByView);
    }

    @Test
    void aParentSeesPartOfTheRecordAndNoneOfOurBookkeeping() {
        for (FieldPolicy policy : PortfolioFieldPolicies.ALL) {
            if (!policy.role().equals(Roles.CITIZEN)) {
                continue;
            }
            FieldPolicy staff = PortfolioFieldPolicies.ALL.stream()
                    .filter(p -> p.view().equals(policy.view()) && p.role().equals(Roles.EDUCATION_MINISTRY)).findFirst().orElseThrow();
            assertTrue(staff.fields().containsAll(policy.fields()), policy.view());
            for (String internal : Set.of("id", "studentId", "createdAt", "updatedAt", "recordedBy")) {
                assertFalse(policy.allows(internal), policy.view() + " shows " + internal + " to a parent");
            }
        }
    }

    @Test
    void schoolsAndTheMinistrySeeTheSameWholeRecordAndNobodySeesWhoRecordedIt() {
        for (FieldPolicy policy : PortfolioFieldPolicies.ALL) {
            assertFalse(policy.allows("recordedBy"), policy.toString());
            if (policy.role().equals(Roles.SCHOOL_OPERATOR)) {
                FieldPolicy ministry = PortfolioFieldPolicies.ALL.stream()
                        .filter(p -> p.view().equals(policy.view()) && p.role().equals(Roles.EDUCATION_MINISTRY)).findFirst().orElseThrow();
                assertEquals(ministry.fields(), policy.fields());
                assertTrue(policy.fields().containsAll(Set.of("id", "studentId", "createdAt", "updatedAt")));
            }
        }
    }
}
