package ru.kontingent.health;

import jakarta.enterprise.context.ApplicationScoped;
import ru.kontingent.platform.module.FieldPolicy;
import ru.kontingent.platform.module.KontingentModule;

import java.util.List;

/** The health module (stage 2): health group, PE medical group, disability, the needs a school must know. */
@ApplicationScoped
public class HealthModule implements KontingentModule {

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
}
