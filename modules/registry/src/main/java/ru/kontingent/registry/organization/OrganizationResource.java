package ru.kontingent.registry.organization;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import ru.kontingent.platform.security.Roles;
import ru.kontingent.registry.access.RegistryCaller;
import ru.kontingent.registry.text.Ids;

import java.util.UUID;

/**
 * The region's register of educational organizations. The education ministry registers them; a
 * school operator may correct its own organization's details. Not personal data: every role of
 * the region may read it.
 */
@Path("/registry/organizations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    @Inject
    OrganizationService organizations;

    @Inject
    RegistryCaller caller;

    @POST
    @RolesAllowed(Roles.EDUCATION_MINISTRY)
    public Response register(@Valid @NotNull(message = "a JSON body is required") OrganizationInput input, @Context UriInfo uri) {
        OrganizationView created = organizations.register(input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(String.valueOf(created.version())).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.EDUCATION_MINISTRY, Roles.SCHOOL_OPERATOR, Roles.HEALTH_MINISTRY, Roles.REGIONAL_ADMIN})
    public OrganizationPage list(@QueryParam("municipality") @Size(max = 200, message = "must be at most 200 characters") String municipality,
                                 @QueryParam("q") @Size(max = 200, message = "must be at most 200 characters") String q,
                                 @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") int page,
                                 @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = "must be between 1 and 500")
                                 @Max(value = 500, message = "must be between 1 and 500") int size) {
        return organizations.list(municipality, q, page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.EDUCATION_MINISTRY, Roles.SCHOOL_OPERATOR, Roles.HEALTH_MINISTRY, Roles.REGIONAL_ADMIN})
    public Response get(@PathParam("id") String id) {
        OrganizationView organization = organizations.get(Ids.organization(id));
        return Response.ok(organization).tag(String.valueOf(organization.version())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.EDUCATION_MINISTRY, Roles.SCHOOL_OPERATOR})
    public Response correct(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull(message = "a JSON body is required") OrganizationInput input) {
        UUID organizationId = Ids.organization(id);
        caller.requireOwnOrganization(organizationId);
        OrganizationView corrected = organizations.correct(organizationId, input, ifMatch);
        return Response.ok(corrected).tag(String.valueOf(corrected.version())).build();
    }
}
