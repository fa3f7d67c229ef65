package ru.kontingent.registry.student;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import ru.kontingent.platform.security.Roles;

/** {@code GET /api/registry/duplicates}: the region's duplicate candidates, for the education ministry. */
@Path("/registry/duplicates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DuplicateResource {

    @Inject
    StudentService students;

    @GET
    @RolesAllowed(Roles.EDUCATION_MINISTRY)
    public DuplicatePage find(@QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") int page,
                              @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "must be between 1 and 100")
                              @Max(value = 100, message = "must be between 1 and 100") int size) {
        return students.duplicates(page, size);
    }
}
