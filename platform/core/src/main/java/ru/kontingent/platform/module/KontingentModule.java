package ru.kontingent.platform.module;

import ru.kontingent.platform.citizen.ChildSection;
import ru.kontingent.platform.student.StudentMergeParticipant;

import java.util.List;

/**
 * What a functional module declares to the platform. One CDI bean per module implements it
 * (for example {@code RegistryModule}); the platform discovers the beans and never names a module.
 *
 * <p>The platform uses the declaration to migrate every region's schema with the module's
 * changelog, to gate the module's resources by the region's rollout stage, and to offer the
 * module's reports and field policies.
 */
public interface KontingentModule {

    /** Stable identifier, lower case, e.g. {@code registry}. */
    String id();

    /** Rollout stage (1..3) from which a region may use this module. */
    int stage();

    /**
     * First path segment of the module's resources under {@code /api}, e.g. {@code registry} for
     * {@code /api/registry/**}. Requests below it are refused while the region's stage is lower
     * than {@link #stage()}.
     */
    String apiPath();

    /**
     * Classpath location of the Liquibase changelog that creates the module's tables in a region
     * schema, e.g. {@code liquibase/registry/changelog.xml}. Every region gets every module's tables
     * whatever its stage: stages gate access, not tables.
     */
    String changelog();

    /** Reports the module contributes to the reporting engine. */
    default List<ReportDefinition> reports() {
        return List.of();
    }

    /** Which fields of the module's views each role may see. */
    default List<FieldPolicy> fieldPolicies() {
        return List.of();
    }

    /**
     * Parts of the parents' view of a child this module contributes, shown once the child's region
     * has reached {@link #stage()}. Personal data only a parent may see of its own child.
     */
    default List<ChildSection> childSections() {
        return List.of();
    }

    /**
     * What the module does when two records of one child are merged: moves the records it keeps
     * about the duplicate to the kept student (and back on undo). Modules that keep nothing per
     * student contribute none.
     */
    default List<StudentMergeParticipant> mergeParticipants() {
        return List.of();
    }
}
