package ru.kontingent.registry;

import ru.kontingent.platform.module.FieldPolicy;
import ru.kontingent.platform.security.Roles;

import java.util.List;
import java.util.Set;

/**
 * Which fields of a student each role sees (152-FZ: the minimum for the purpose). The one place
 * a reviewer reads; resources and tests use this table, never their own lists. The federal
 * operator and the regional administrator have no row: they see no personal data.
 */
public final class RegistryFieldPolicies {

    public static final String STUDENT_VIEW = "registry.student";

    public static final Set<String> FULL_STUDENT = Set.of("id", "version", "lastName", "firstName", "middleName",
            "birthDate", "birthPlace", "sex", "snils", "citizenship", "identityDocument", "registrationAddress",
            "residenceAddress", "representatives");

    /** A health ministry identifies the child and nothing more. */
    public static final Set<String> MINIMAL_IDENTITY = Set.of("id", "lastName", "firstName", "middleName", "birthDate", "snils");

    /** A parent sees who the child is, not its documents or addresses (those it holds itself). */
    public static final Set<String> CITIZEN_CHILD = Set.of("id", "lastName", "firstName", "middleName", "birthDate", "sex");

    public static final List<FieldPolicy> ALL = List.of(
            new FieldPolicy(STUDENT_VIEW, Roles.EDUCATION_MINISTRY, FULL_STUDENT),
            new FieldPolicy(STUDENT_VIEW, Roles.SCHOOL_OPERATOR, FULL_STUDENT),
            new FieldPolicy(STUDENT_VIEW, Roles.HEALTH_MINISTRY, MINIMAL_IDENTITY),
            new FieldPolicy(STUDENT_VIEW, Roles.CITIZEN, CITIZEN_CHILD));

    private RegistryFieldPolicies() {
    }
}
