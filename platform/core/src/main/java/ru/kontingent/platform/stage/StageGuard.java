package ru.kontingent.platform.stage;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import ru.kontingent.platform.module.KontingentModule;
import ru.kontingent.platform.module.ModuleCatalog;
import ru.kontingent.platform.problem.ProblemResponses;
import ru.kontingent.platform.region.RegionSnapshot;
import ru.kontingent.platform.tenancy.BoundRegionSnapshot;

import java.util.Optional;

/**
 * Refuses a module's resources while the request's region is below the module's stage. Runs after
 * the tenant filter, on the catalog entry it attached, so a stage change applies from the next
 * request. Disabling never deletes data: the tables stay, only access stops.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION + 200)
public class StageGuard implements ContainerRequestFilter {

    @Inject
    ModuleCatalog modules;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<RegionSnapshot> region = BoundRegionSnapshot.of(request);
        if (region.isEmpty()) {
            return;
        }
        Optional<KontingentModule> module = modules.owning(request.getUriInfo().getPath());
        if (module.isPresent() && module.get().stage() > region.get().stage()) {
            KontingentModule disabled = module.get();
            request.abortWith(ProblemResponses.of(
                    new ModuleDisabledException(disabled.id(), disabled.stage(), region.get().stage()).toProblem()));
        }
    }
}
