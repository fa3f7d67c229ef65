package ru.kontingent.reporting.federal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.kontingent.platform.module.ReportDefinition;
import ru.kontingent.platform.region.RegionCatalog;
import ru.kontingent.platform.region.RegionSnapshot;
import ru.kontingent.platform.tenancy.RegionBinding;
import ru.kontingent.platform.view.NotFoundProblem;
import ru.kontingent.reporting.catalog.ReportCatalog;
import ru.kontingent.reporting.run.ReportParameters;
import ru.kontingent.reporting.run.ReportRunner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a report in every active region that has reached its stage, one region and one transaction
 * at a time (each through the same cache as the region's own calls), and rolls the results up.
 */
@ApplicationScoped
public class FederalRollup {

    @Inject
    ReportCatalog reports;

    @Inject
    RegionCatalog regions;

    @Inject
    ReportRunner runner;

    /** Cells below this are suppressed; 5 unless configured (KONTINGENT_REPORTS_SUPPRESSION_THRESHOLD). */
    @Inject
    @ConfigProperty(name = "kontingent.reports.suppression-threshold", defaultValue = "5")
    int threshold;

    public FederalReport rollUp(String reportId, Map<String, List<String>> query) {
        ReportDefinition report = reports.find(reportId).orElseThrow(() -> new NotFoundProblem("report"));
        ReportParameters.Parsed parameters = ReportParameters.parse(report, query, LocalDate.now());
        List<RegionTable> tables = new ArrayList<>();
        List<String> included = new ArrayList<>();
        for (RegionSnapshot region : regions.all()) {
            if (!region.isActive() || region.stage() < report.stage()) {
                continue;
            }
            tables.add(new RegionTable(region.code(), RegionBinding.callIn(region.regionCode(),
                    () -> runner.run(report, parameters)).result().table()));
            included.add(region.code());
        }
        RolledUpReport rolledUp = RollUp.of(report.columns(), tables, threshold);
        return new FederalReport(report.id(), report.title(), report.module(), parameters.request().asOf(),
                parameters.request().parameters(), included, rolledUp);
    }
}
