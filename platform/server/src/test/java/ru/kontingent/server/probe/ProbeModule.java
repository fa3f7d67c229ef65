package ru.kontingent.server.probe;

import jakarta.enterprise.context.ApplicationScoped;
import ru.kontingent.platform.module.KontingentModule;

/** A module that lives only in the test sources: it plugs in through the SPI like a real one. */
@ApplicationScoped
public class ProbeModule implements KontingentModule {

    @Override
    public String id() {
        return "probe";
    }

    @Override
    public int stage() {
        return 1;
    }

    @Override
    public String apiPath() {
        return "probe";
    }

    @Override
    public String changelog() {
        return "liquibase/probe/changelog.xml";
    }
}
