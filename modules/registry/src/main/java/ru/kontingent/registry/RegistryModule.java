package ru.kontingent.registry;

import jakarta.enterprise.context.ApplicationScoped;
import ru.kontingent.platform.module.FieldPolicy;
import ru.kontingent.platform.module.KontingentModule;

import java.util.List;

/** The registry (stage 1): organizations, students and representatives, enrollments, trajectory. */
@ApplicationScoped
public class RegistryModule implements KontingentModule {

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
}
