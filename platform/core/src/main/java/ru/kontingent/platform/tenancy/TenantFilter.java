package ru.kontingent.platform.tenancy;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import ru.kontingent.platform.problem.ProblemException;
import ru.kontingent.platform.problem.ProblemResponses;
import ru.kontingent.platform.region.RegionCatalog;
import ru.kontingent.platform.region.RegionCode;
import ru.kontingent.platform.region.RegionSnapshot;
import ru.kontingent.platform.region.RegionUnavailableException;
import ru.kontingent.platform.security.Caller;

/**
 * Binds the request to the region named by the verified token's {@code region} claim, and to
 * nothing else: no header, path or query parameter can choose the tenant. Unknown or suspended
 * regions are refused before any resource runs. Platform endpoints and {@code /api/me} bind no region.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION + 100)
public class TenantFilter implements ContainerRequestFilter {

    @Inject
    Caller caller;

    @Inject
    RegionCatalog catalog;

    @Override
    public void filter(ContainerRequestContext request) {
        RegionBinding.clear();
        if (ApiPaths.bindsNoRegion(request.getUriInfo().getPath())) {
            return;
        }
        try {
            RegionSnapshot region = activeRegionOfCaller();
            RegionBinding.bind(region.regionCode());
            BoundRegionSnapshot.attach(request, region);
        } catch (ProblemException refused) {
            request.abortWith(ProblemResponses.of(refused.toProblem()));
        }
    }

    private RegionSnapshot activeRegionOfCaller() {
        String claim = caller.region()
                .orElseThrow(() -> new RegionUnavailableException("The token names no region."));
        RegionCode code = RegionCode.parse(claim)
                .orElseThrow(() -> new RegionUnavailableException("The token's region is not a valid region code."));
        RegionSnapshot region = catalog.find(code)
                .orElseThrow(() -> new RegionUnavailableException("The token's region is not hosted here."));
        if (!region.isActive()) {
            throw new RegionUnavailableException("The token's region is suspended.");
        }
        return region;
    }
}
