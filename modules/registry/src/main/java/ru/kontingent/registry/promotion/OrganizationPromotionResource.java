package ru.kontingent.registry.promotion;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import ru.kontingent.platform.security.Roles;
import ru.kontingent.registry.access.RegistryCaller;
import ru.kontingent.registry.text.Ids;

/** The promotion of one organization, by its school operator or the education ministry. */
@Path("/registry/organizations/{id}/promotion")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationPromotionResource {

    @Inject
    PromotionService promotions;

    @Inject
    RegistryCaller caller;

    @POST
    @RolesAllowed({Roles.SCHOOL_OPERATOR, Roles.EDUCATION_MINISTRY})
    public PromotionResult promote(@PathParam("id") String id, @QueryParam("dryRun") String dryRun,
                                   @NotNull(message = "a JSON body is required") PromotionInput input) {
        java.util.UUID organization = Ids.organization(id);
        // Decided from the token before any lookup, as for organization corrections.
        caller.requireOwnOrganization(organization);
        return promotions.promote(PromotionScope.organization(organization), input, DryRun.parse(dryRun));
    }
}
