package ru.kontingent.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.kontingent.health.record.HealthMergeParticipant;
import ru.kontingent.health.report.HealthReports;
import ru.kontingent.platform.module.FieldPolicy;
import ru.kontingent.platform.module.KontingentModule;
import ru.kontingent.platform.module.ReportDefinition;
import ru.kontingent.platform.student.StudentMergeParticipant;

import java.util.List;

/** The health module (stage 2): health group, PE medical group, disability, the needs a school must know. */
@ApplicationScoped
public class HealthModule implements KontingentModule {

    @Inject
    HealthReports reports;

    @Inject
    HealthMergeParticipant merge;

    @Override
    public String id() {
        return "health";
    }

    @Override
    public int stage() {
        return 2;
    }

    @Override
    public String apiPath() {
        return "health";
    }

    @Override
    public String changelog() {
        return "liquibase/health/changelog.xml";
    }

    /** No child section: parents never see health data through the portal (issue 6, ARCHITECTURE.md). */
    @Override
    public List<FieldPolicy> fieldPolicies() {
        return HealthFieldPolicies.ALL;
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
