package ru.kontingent.registry.merge;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import ru.kontingent.platform.security.Roles;
import ru.kontingent.registry.text.Ids;

/** {@code POST /api/registry/students/{id}/merge}: keep {id}, merge {@code duplicateId} into it (education ministry). */
@Path("/registry/students")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StudentMergeResource {

    @Inject
    MergeService merges;

    @POST
    @Path("{id}/merge")
    @RolesAllowed(Roles.EDUCATION_MINISTRY)
    public Response merge(@PathParam("id") String id, @Valid @NotNull(message = "a JSON body is required") MergeInput input,
                          @Context UriInfo uri) {
        MergeView merge = merges.merge(Ids.student(id), input.duplicateId());
        return Response.created(uri.getBaseUriBuilder().path("registry/merges/{id}").build(merge.id())).entity(merge).build();
    }
}
