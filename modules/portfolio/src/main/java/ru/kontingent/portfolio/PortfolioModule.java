package ru.kontingent.portfolio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.kontingent.platform.citizen.ChildSection;
import ru.kontingent.platform.module.FieldPolicy;
import ru.kontingent.platform.module.KontingentModule;
import ru.kontingent.platform.module.ReportDefinition;
import ru.kontingent.platform.student.StudentMergeParticipant;
import ru.kontingent.portfolio.merge.PortfolioMergeParticipant;
import ru.kontingent.portfolio.performance.PerformanceChildSection;
import ru.kontingent.portfolio.report.PortfolioReports;

import java.util.List;

/** The portfolio (stage 3): achievements, exam results, grades, education certificates. */
@ApplicationScoped
public class PortfolioModule implements KontingentModule {

    @Inject
    PerformanceChildSection performance;

    @Inject
    PortfolioReports reports;

    @Inject
    PortfolioMergeParticipant merge;

    @Override
    public String id() {
        return "portfolio";
    }

    @Override
    public int stage() {
        return 3;
    }

    @Override
    public String apiPath() {
        return "portfolio";
    }

    @Override
    public String changelog() {
        return "liquibase/portfolio/changelog.xml";
    }

    @Override
    public List<FieldPolicy> fieldPolicies() {
        return PortfolioFieldPolicies.ALL;
    }

    @Override
    public List<ChildSection> childSections() {
        return List.of(performance);
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
