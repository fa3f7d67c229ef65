package ru.kontingent.platform.region;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import ru.kontingent.platform.problem.AccessDeniedException;
import ru.kontingent.platform.security.Caller;
import ru.kontingent.platform.security.Roles;

/**
 * Who may act on one region of the catalog, in one place: the federal operator on any region,
 * a regional administrator on its own region only (its token's region claim).
 */
@RequestScoped
public class RegionAccess {

    @Inject
    Caller caller;

    @Inject
    RegionCatalog catalog;

    public void requireFederalOrOwnAdmin(RegionCode code) {
        if (caller.hasRole(Roles.FEDERAL_OPERATOR)) {
            return;
        }
        requireOwnAdmin(code);
    }

    public void requireOwnAdmin(RegionCode code) {
        boolean ownAdmin = caller.hasRole(Roles.REGIONAL_ADMIN)
                && caller.region().map(code.value()::equals).orElse(false);
        if (!ownAdmin) {
            throw new AccessDeniedException("Only the regional administrator of this region may do this.");
        }
        // A suspended region's tokens are refused everywhere, the catalog endpoints included.
        if (catalog.find(code).filter(RegionSnapshot::isActive).isEmpty()) {
            throw new RegionUnavailableException("The token's region is suspended or not hosted here.");
        }
    }
}
