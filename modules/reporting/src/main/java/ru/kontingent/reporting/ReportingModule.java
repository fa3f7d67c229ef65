package ru.kontingent.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import ru.kontingent.platform.module.KontingentModule;

/** The reporting engine as a module: stage 1, resources under {@code /api/reports}. */
@ApplicationScoped
public class ReportingModule implements KontingentModule {

    @Override
    public String id() {
        return "reporting";
    }

    @Override
    public int stage() {
        return 1;
    }

    @Override
    public String apiPath() {
        return "reports";
    }

    @Override
    public String changelog() {
        return "liquibase/reporting/changelog.xml";
    }
}
