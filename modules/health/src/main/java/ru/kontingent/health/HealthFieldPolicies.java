package ru.kontingent.health;

import ru.kontingent.platform.module.FieldPolicy;
import ru.kontingent.platform.security.Roles;

import java.util.List;
import java.util.Set;

/**
 * Who sees which fields of a health record (152-FZ art. 10: health data is a special category).
 * The health ministry keeps the record; a school and the education ministry learn only the two
 * needs a school must act on. Nobody else has a row, so nobody else sees anything.
 */
public final class HealthFieldPolicies {

    public static final String RECORD_VIEW = "health.record";

    public static final Set<String> FULL_RECORD = Set.of("studentId", "version", "validFrom", "healthGroup", "peGroup",
            "disability", "adaptedProgramNeeded", "longTermTreatmentNeeded", "recordedAt");

    /** What a school must know to teach the child: an adapted program, home or hospital schooling. */
    public static final Set<String> SCHOOL_NEEDS = Set.of("studentId", "version", "validFrom", "adaptedProgramNeeded",
            "longTermTreatmentNeeded");

    public static final List<FieldPolicy> ALL = List.of(
            new FieldPolicy(RECORD_VIEW, Roles.HEALTH_MINISTRY, FULL_RECORD),
            new FieldPolicy(RECORD_VIEW, Roles.EDUCATION_MINISTRY, SCHOOL_NEEDS),
            new FieldPolicy(RECORD_VIEW, Roles.SCHOOL_OPERATOR, SCHOOL_NEEDS));

    private HealthFieldPolicies() {
    }
}
