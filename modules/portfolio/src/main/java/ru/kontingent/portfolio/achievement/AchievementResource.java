package ru.kontingent.portfolio.achievement;

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

/** Olympiads, competitions and other achievements (API.md, "Portfolio"). */
@Path("/portfolio/students")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AchievementResource {

    @Inject
    AchievementService achievements;

    @POST
    @Path("{id}/achievements")
    @RolesAllowed(Roles.SCHOOL_OPERATOR)
    public Response add(@PathParam("id") String id, @Valid @NotNull(message = "a JSON body is required") AchievementInput input,
                        @Context UriInfo uri) {
        return achievements.add(PathIds.parse(id, "student"), input)
                .response(created -> uri.getAbsolutePathBuilder().path(created.toString()).build());
    }

    @GET
    @Path("{id}/achievements")
    @RolesAllowed({Roles.SCHOOL_OPERATOR, Roles.EDUCATION_MINISTRY})
    public List<Map<String, Object>> list(@PathParam("id") String id) {
        return achievements.list(PathIds.parse(id, "student"));
    }

    @GET
    @Path("{id}/achievements/{achievementId}")
    @RolesAllowed({Roles.SCHOOL_OPERATOR, Roles.EDUCATION_MINISTRY})
    public Map<String, Object> one(@PathParam("id") String id, @PathParam("achievementId") String achievementId) {
        return achievements.one(PathIds.parse(id, "student"), PathIds.parse(achievementId, "achievement"));
    }
}
