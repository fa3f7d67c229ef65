package ru.kontingent.health.record;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ru.kontingent.platform.problem.InvalidInputException;
import ru.kontingent.platform.security.Roles;
import ru.kontingent.platform.view.PathIds;
import ru.kontingent.platform.view.QueryDates;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A student's health record (stage 2). The health ministry reads and writes; the education
 * ministry and the student's own school read the school needs only (the field policy decides).
 */
@Path("/health/students")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HealthResource {

    @Inject
    HealthService health;

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.HEALTH_MINISTRY, Roles.EDUCATION_MINISTRY, Roles.SCHOOL_OPERATOR})
    public Response current(@PathParam("id") String id, @QueryParam("asOf") String asOf) {
        ShownRecord shown = health.current(PathIds.parse(id, "student"), QueryDates.optional("asOf", asOf));
        return Response.ok(shown.view()).tag(String.valueOf(shown.historyVersion())).build();
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.HEALTH_MINISTRY, Roles.EDUCATION_MINISTRY, Roles.SCHOOL_OPERATOR})
    public List<Map<String, Object>> history(@PathParam("id") String id) {
        return health.history(PathIds.parse(id, "student"));
    }

    /** Adds a dated record: 201 for the student's first, 200 after; {@code If-Match} from the second on. */
    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.HEALTH_MINISTRY)
    public Response record(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull(message = "a JSON body is required") HealthRecordInput input) {
        ShownRecord shown = health.record(PathIds.parse(id, "student"), input, ifMatch);
        return Response.status(shown.first() ? Response.Status.CREATED : Response.Status.OK)
                .entity(shown.view()).tag(String.valueOf(shown.historyVersion())).build();
    }
}
