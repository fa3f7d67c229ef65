package ru.kontingent.reporting.run;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.kontingent.platform.module.ReportDefinition;
import ru.kontingent.platform.problem.AccessDeniedException;
import ru.kontingent.platform.region.RegionCatalog;
import ru.kontingent.platform.region.RegionSnapshot;
import ru.kontingent.platform.security.Caller;
import ru.kontingent.platform.stage.ModuleDisabledException;
import ru.kontingent.platform.tenancy.RegionBinding;
import ru.kontingent.platform.view.NotFoundProblem;
import ru.kontingent.reporting.catalog.ReportCatalog;

import java.util.List;

/** Whether the caller may run a report in its region: the report's roles, then its stage. */
@ApplicationScoped
public class ReportAccess {

    @Inject
    ReportCatalog reports;

    @Inject
    RegionCatalog regions;

    @Inject
    Caller caller;

    public List<ReportDefinition> available() {
        return reports.available(caller.roles(), boundStage());
    }

    public ReportDefinition require(String reportId) {
        ReportDefinition report = reports.find(reportId).orElseThrow(() -> new NotFoundProblem("report"));
        if (caller.roles().stream().noneMatch(report.roles()::contains)) {
            throw new AccessDeniedException("This role may not run this report.");
        }
        int stage = boundStage();
        if (report.stage() > stage) {
            throw new ModuleDisabledException(report.module(), report.stage(), stage);
        }
        return report;
    }

    private int boundStage() {
        return regions.find(RegionBinding.require()).map(RegionSnapshot::stage).orElse(0);
    }
}
