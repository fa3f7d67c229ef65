package ru.kontingent.portfolio.exam;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import ru.kontingent.platform.security.Roles;
import ru.kontingent.platform.view.PathIds;

import java.util.List;
import java.util.Map;

/** OGE, EGE and GVE results (API.md, "Portfolio"): POST creates (201) or replaces by key (200). */
@Path("/portfolio/students")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExamResultResource {

    @Inject
    ExamResultService results;

    @POST
    @Path("{id}/exam-results")
    @RolesAllowed(Roles.SCHOOL_OPERATOR)
    public Response record(@PathParam("id") String id, @Valid @NotNull(message = "a JSON body is required") ExamResultInput input,
                           @Context UriInfo uri) {
        return results.record(PathIds.parse(id, "student"), input)
                .response(created -> uri.getAbsolutePathBuilder().path(created.toString()).build());
    }

    @GET
    @Path("{id}/exam-results")
    @RolesAllowed({Roles.SCHOOL_OPERATOR, Roles.EDUCATION_MINISTRY})
    public List<Map<String, Object>> list(@PathParam("id") String id) {
        return results.list(PathIds.parse(id, "student"));
    }

    @GET
    @Path("{id}/exam-results/{resultId}")
    @RolesAllowed({Roles.SCHOOL_OPERATOR, Roles.EDUCATION_MINISTRY})
    public Map<String, Object> one(@PathParam("id") String id, @PathParam("resultId") String resultId) {
        return results.one(PathIds.parse(id, "student"), PathIds.parse(resultId, "exam result"));
    }
}
