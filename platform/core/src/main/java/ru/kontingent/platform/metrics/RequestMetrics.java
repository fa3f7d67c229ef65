package ru.kontingent.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import ru.kontingent.platform.module.KontingentModule;
import ru.kontingent.platform.module.ModuleCatalog;
import ru.kontingent.platform.tenancy.BoundRegionSnapshot;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * Times every API call into {@code kontingent_http_server_requests_seconds} labelled by region,
 * module, method and status class. The region is the one the tenant filter bound from the token
 * and found in the catalog ({@code none} otherwise), so an unknown region in a token never becomes
 * a label. Pre-matching, so the clock starts before authorization and tenancy; the response side
 * runs for refused calls too (the filters' abortWith).
 *
 * <p>Meters are made with the registry's own {@code timer(name, tags)}/{@code counter(...)}: the
 * registry WildFly hands to a deployment passes only those to the exported registry (adding the
 * {@code WF_DEPLOYMENT} tag); a meter built with {@code Timer.builder(..).register(..)} stays in a
 * private registry that nobody scrapes, and histogram options are not carried either.
 */
@Provider
@PreMatching
@ApplicationScoped
@Priority(1)
public class RequestMetrics implements ContainerRequestFilter, ContainerResponseFilter {

    static final String REQUESTS = "kontingent.http.server.requests";
    private static final String STARTED = RequestMetrics.class.getName() + ".started";

    @Inject
    MeterRegistry registry;

    @Inject
    ModuleCatalog modules;

    @Context
    ResourceInfo matched;

    private List<String> moduleIds;
    // WildFly's deployment registry looks a meter up by a scan of all meters on every timer(...)
    // call; the label sets are bounded, so each one's timer is looked up once.
    private final ConcurrentMap<Tags, Timer> timers = new ConcurrentHashMap<>();

    @PostConstruct
    void readModules() {
        moduleIds = modules.all().stream().map(KontingentModule::id).toList();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        if (!(started instanceof Long start)) {
            return;
        }
        Tags tags = Tags.of(
                "region", BoundRegionSnapshot.of(request).map(region -> region.regionCode().value()).orElse(MetricLabels.NONE),
                "module", MetricLabels.module(resourceClass(), moduleIds),
                "method", MetricLabels.method(request.getMethod()),
                "status", MetricLabels.statusClass(response.getStatus()));
        timers.computeIfAbsent(tags, labels -> registry.timer(REQUESTS, labels)).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }

    /** The matched resource's class; none when no resource matched the path (a 404 or 405). */
    private Optional<Class<?>> resourceClass() {
        return Optional.ofNullable(matched == null ? null : matched.getResourceClass());
    }
}
