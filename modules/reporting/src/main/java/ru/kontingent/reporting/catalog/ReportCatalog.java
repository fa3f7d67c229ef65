package ru.kontingent.reporting.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.kontingent.platform.module.KontingentModule;
import ru.kontingent.platform.module.ModuleCatalog;
import ru.kontingent.platform.module.ReportDefinition;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every report the deployed modules contribute, by id; two reports with one id fail the start. */
@ApplicationScoped
public class ReportCatalog {

    @Inject
    ModuleCatalog modules;

    private Map<String, ReportDefinition> byId;

    @PostConstruct
    void collect() {
        Map<String, ReportDefinition> collected = new LinkedHashMap<>();
        for (KontingentModule module : modules.all()) {
            for (ReportDefinition report : module.reports()) {
                if (collected.putIfAbsent(report.id(), report) != null) {
                    throw new IllegalStateException("two reports are named " + report.id());
                }
            }
        }
        byId = collected;
    }

    public Optional<ReportDefinition> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every report, in module order. */
    public List<ReportDefinition> all() {
        return List.copyOf(byId.values());
    }

    /** What a caller with these roles may run in a region at this stage, in module order. */
    public List<ReportDefinition> available(Collection<String> roles, int stage) {
        return byId.values().stream()
                .filter(report -> report.stage() <= stage)
                .filter(report -> roles.stream().anyMatch(report.roles()::contains))
                .toList();
    }
}
