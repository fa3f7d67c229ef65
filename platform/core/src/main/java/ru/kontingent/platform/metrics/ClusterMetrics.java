package ru.kontingent.platform.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import ru.kontingent.platform.cluster.ClusterMembers;

/**
 * The nodes this node sees in its cluster view: every node of a healthy cluster reports the same
 * number, the number of nodes deployed; a node reporting fewer is cut off from the others.
 */
@ApplicationScoped
public class ClusterMetrics {

    static final String MEMBERS = "kontingent.cluster.members";

    @Inject
    MeterRegistry registry;

    @Inject
    ClusterMembers cluster;

    /**
     * Through {@code gauge(...)}, not {@code Gauge.builder(...).register}: WildFly's per-deployment
     * registry forwards only its own methods to the exported registry (with the deployment's tag);
     * a builder registers into the deployment registry itself, which nothing scrapes. The bean's
     * field keeps the observed object reachable (Micrometer holds it weakly).
     */
    void register(@Observes Startup startup) {
        registry.gauge(MEMBERS, Tags.empty(), cluster, members -> members.alive().size());
    }

    /**
     * The exported registry outlives the deployment: a redeployed application registering the same
     * gauge would get this one back, bound to the old deployment's bean (NaN from then on).
     */
    @PreDestroy
    void unregister() {
        Meter gauge = registry.find(MEMBERS).meter();
        if (gauge != null) {
            registry.remove(gauge);
        }
    }
}
