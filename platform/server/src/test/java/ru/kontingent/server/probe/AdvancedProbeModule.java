package ru.kontingent.server.probe;

import jakarta.enterprise.context.ApplicationScoped;
import ru.kontingent.platform.module.KontingentModule;

/** A test module of stage 3, to see gating by the region's rollout stage. */
@ApplicationScoped
public class AdvancedProbeModule implements KontingentModule {

    @Override
    public String id() {
        return "probe-advanced";
    }

    @Override
    public int stage() {
        return 3;
    }

    @Override
    public String apiPath() {
        return "probe-advanced";
    }

    @Override
    public String changelog() {
        return "liquibase/probe/advanced.xml";
    }
}
