package ru.kontingent.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.kontingent.platform.citizen.ChildSection;
import ru.kontingent.platform.module.FieldPolicy;
import ru.kontingent.platform.module.KontingentModule;
import ru.kontingent.platform.module.ReportDefinition;
import ru.kontingent.platform.student.StudentMergeParticipant;
import ru.kontingent.registry.enrollment.EnrollmentChildSection;
import ru.kontingent.registry.enrollment.EnrollmentMergeParticipant;
import ru.kontingent.registry.report.RegistryReports;

import java.util.List;

/** The registry (stage 1): organizations, students and representatives, enrollments, trajectory. */
@ApplicationScoped
public class RegistryModule implements KontingentModule {

    @Inject
    EnrollmentChildSection enrollments;

    @Inject
    RegistryReports reports;

    @Inject
    EnrollmentMergeParticipant merge;

    @Override
    public String id() {
        return "registry";
    }

    @Override
    public int stage() {
        return 1;
    }

    @Override
    public String apiPath() {
        return "registry";
    }

    @Override
    public String changelog() {
        return "liquibase/registry/changelog.xml";
    }

    @Override
    public List<FieldPolicy> fieldPolicies() {
        return RegistryFieldPolicies.ALL;
    }

    @Override
    public List<ChildSection> childSections() {
        return List.of(enrollments);
    }

    @Override
    public List<ReportDefinition> reports() {
        return reports.definitions();
    }

    @Override
    public List<StudentMergeParticipant> mergeParticipants() {
        return List.of(merge);
    }
}
