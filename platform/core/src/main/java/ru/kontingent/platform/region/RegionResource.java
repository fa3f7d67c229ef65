package ru.kontingent.platform.region;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import ru.kontingent.platform.security.Caller;
import ru.kontingent.platform.security.Roles;

import java.util.List;

/** The tenant catalog over HTTP (API.md, "Platform"). Binds no region: these calls act on the catalog. */
@Path("/platform/regions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegionResource {

    @Inject
    RegionService regions;

    @Inject
    RegionCatalog catalog;

    @Inject
    RegionAccess access;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed(Roles.FEDERAL_OPERATOR)
    public List<RegionView> list() {
        return catalog.all().stream().map(RegionView::of).toList();
    }

    @POST
    @RolesAllowed(Roles.FEDERAL_OPERATOR)
    public Response onboard(@Valid @NotNull(message = "a JSON body is required") RegionInput input, @Context UriInfo uri) {
        RegionSnapshot region = regions.onboard(RegionCode.of(input.code()), input.name().strip(), input.stageOrFirst(),
                input.datasource(), caller.subject());
        return Response.created(uri.getAbsolutePathBuilder().path(region.code()).build())
                .entity(RegionView.of(region)).build();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.FEDERAL_OPERATOR, Roles.REGIONAL_ADMIN})
    public RegionView get(@PathParam("code") String code) {
        RegionCode region = known(code);
        access.requireFederalOrOwnAdmin(region);
        return RegionView.of(catalog.find(region).orElseThrow(RegionNotFoundException::new));
    }

    @PUT
    @Path("{code}/stage")
    @RolesAllowed(Roles.REGIONAL_ADMIN)
    public StageView changeStage(@PathParam("code") String code, @Valid @NotNull(message = "a JSON body is required") StageInput input) {
        RegionCode region = known(code);
        access.requireOwnAdmin(region);
        RegionSnapshot changed = regions.changeStage(region, input.stage(), caller.subject());
        return new StageView(changed.code(), changed.stage());
    }

    @GET
    @Path("{code}/stage-history")
    @RolesAllowed({Roles.FEDERAL_OPERATOR, Roles.REGIONAL_ADMIN})
    public List<StageChangeView> stageHistory(@PathParam("code") String code) {
        RegionCode region = known(code);
        access.requireFederalOrOwnAdmin(region);
        return regions.history(region);
    }

    @PUT
    @Path("{code}/status")
    @RolesAllowed(Roles.FEDERAL_OPERATOR)
    public RegionView changeStatus(@PathParam("code") String code, @Valid @NotNull(message = "a JSON body is required") StatusInput input) {
        RegionCode region = known(code);
        return RegionView.of(regions.changeStatus(region, input.status(), caller.subject(), caller.mainRole()));
    }

    /** A path segment that is not even a valid code names no region: 404, not echoed. */
    private static RegionCode known(String code) {
        return RegionCode.parse(code).orElseThrow(RegionNotFoundException::new);
    }
}
