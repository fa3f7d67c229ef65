package ru.kontingent.server.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import ru.kontingent.server.probe.ProbeModule;

import java.io.File;

/** The WAR the build produced, plus the test-only modules that plug in through the SPI. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive withProbeModules() {
        File war = new File(System.getProperty("kontingent.war", "target/kontingent.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addPackage(ProbeModule.class.getPackage())
                .addAsResource("liquibase/probe/changelog.xml")
                .addAsResource("liquibase/probe/advanced.xml");
    }
}
