package ru.kontingent.portfolio.grade;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import ru.kontingent.platform.problem.InvalidInputException;
import ru.kontingent.platform.security.Roles;
import ru.kontingent.platform.view.PathIds;

import java.util.List;
import java.util.Map;

/** Current and final grades (API.md, "Portfolio"): POST creates (201) or replaces by key (200). */
@Path("/portfolio/students")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GradeResource {

    @Inject
    GradeService grades;

    @POST
    @Path("{id}/grades")
    @RolesAllowed(Roles.SCHOOL_OPERATOR)
    public Response record(@PathParam("id") String id, @Valid @NotNull(message = "a JSON body is required") GradeInput input,
                           @Context UriInfo uri) {
        return grades.record(PathIds.parse(id, "student"), input)
                .response(created -> uri.getAbsolutePathBuilder().path(created.toString()).build());
    }

    /** {@code ?year=} keeps one school year (the year it starts in). */
    @GET
    @Path("{id}/grades")
    @RolesAllowed({Roles.SCHOOL_OPERATOR, Roles.EDUCATION_MINISTRY})
    public List<Map<String, Object>> list(@PathParam("id") String id, @QueryParam("year") String year) {
        return grades.list(PathIds.parse(id, "student"), year(year));
    }

    @GET
    @Path("{id}/grades/{gradeId}")
    @RolesAllowed({Roles.SCHOOL_OPERATOR, Roles.EDUCATION_MINISTRY})
    public Map<String, Object> one(@PathParam("id") String id, @PathParam("gradeId") String gradeId) {
        return grades.one(PathIds.parse(id, "student"), PathIds.parse(gradeId, "grade"));
    }

    /** A query parameter JAX-RS cannot convert would be a 404; a bad year is the client's 400. */
    private static Integer year(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("year", "must be a year, e.g. 2024");
        }
    }
}
