package ru.kontingent.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import ru.kontingent.platform.cluster.ClusterMembers;

import java.util.TreeSet;

/**
 * This node's name and the nodes it sees, for the operator reading {@code /health/ready}. Always
 * UP: a node whose peers are gone still serves every region on its own, so a smaller view must
 * not take it out of the balancer (the members gauge is what to alert on).
 */
@Readiness
@ApplicationScoped
public class ClusterView implements HealthCheck {

    @Inject
    ClusterMembers cluster;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("kontingent-cluster").up()
                .withData("node", cluster.self())
                .withData("members", String.join(",", new TreeSet<>(cluster.alive())))
                .build();
    }
}
