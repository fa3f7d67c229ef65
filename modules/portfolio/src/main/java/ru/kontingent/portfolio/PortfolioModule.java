package ru.kontingent.portfolio;

import jakarta.enterprise.context.ApplicationScoped;
import ru.kontingent.platform.module.KontingentModule;

/** The portfolio (stage 3): achievements, exam results, grades, education certificates. */
@ApplicationScoped
public class PortfolioModule implements KontingentModule {

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
}
