package ru.kontingent.platform.citizen;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import ru.kontingent.platform.security.Roles;
import ru.kontingent.platform.view.PathIds;

import java.util.List;
import java.util.Map;

/** The parents' view: {@code /api/citizen/children}, for the role {@code citizen} only. */
@Path("/citizen/children")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CITIZEN)
public class CitizenResource {

    @Inject
    CitizenChildren children;

    @GET
    public List<ChildSummary> list() {
        return children.list();
    }

    /** Enrollment, and performance where the child's region has reached stage 3; never health data. */
    @GET
    @Path("{id}")
    public Map<String, Object> one(@PathParam("id") String id) {
        return children.card(PathIds.parse(id, "child"));
    }

    /** Who accessed the child's personal data and when (152-FZ art. 14). */
    @GET
    @Path("{id}/access-log")
    public AccessLog accessLog(@PathParam("id") String id,
                               @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") int page,
                               @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = "must be 1 or more")
                               @Max(value = 200, message = "must be 200 or less") int size) {
        return children.accessLog(PathIds.parse(id, "child"), page, size);
    }
}
