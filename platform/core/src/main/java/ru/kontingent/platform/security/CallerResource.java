package ru.kontingent.platform.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/me}: the caller's own token as the server understood it, for a console to
 * know whom it signed in as. It binds no region and touches no table, so it is also the no-op
 * baseline of the API load benchmark (the cost of the token check and JAX-RS alone).
 */
@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CallerResource {

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.FEDERAL_OPERATOR, Roles.REGIONAL_ADMIN, Roles.EDUCATION_MINISTRY, Roles.HEALTH_MINISTRY,
            Roles.SCHOOL_OPERATOR, Roles.CITIZEN})
    public CallerView me() {
        return CallerView.of(caller);
    }
}
