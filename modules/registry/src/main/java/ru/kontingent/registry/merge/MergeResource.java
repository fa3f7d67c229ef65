package ru.kontingent.registry.merge;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import ru.kontingent.platform.security.Roles;
import ru.kontingent.platform.view.PathIds;

/** A merge and its undo (education ministry): {@code GET /api/registry/merges/{mergeId}}, {@code POST .../undo}. */
@Path("/registry/merges")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MergeResource {

    @Inject
    MergeService merges;

    @GET
    @Path("{mergeId}")
    @RolesAllowed(Roles.EDUCATION_MINISTRY)
    public MergeView get(@PathParam("mergeId") String mergeId) {
        return merges.get(PathIds.parse(mergeId, "merge"));
    }

    @POST
    @Path("{mergeId}/undo")
    @RolesAllowed(Roles.EDUCATION_MINISTRY)
    public MergeView undo(@PathParam("mergeId") String mergeId) {
        return merges.undo(PathIds.parse(mergeId, "merge"));
    }
}
