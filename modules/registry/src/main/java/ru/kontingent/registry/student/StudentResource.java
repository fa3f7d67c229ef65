package ru.kontingent.registry.student;

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
import ru.kontingent.platform.problem.InvalidInputException;
import ru.kontingent.platform.security.Roles;
import ru.kontingent.platform.view.QueryDates;
import ru.kontingent.registry.identity.Snils;
import ru.kontingent.registry.text.Ids;


/** Students and representatives (API.md, "Registry"). What each role sees is the field policy's. */
@Path("/registry/students")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StudentResource {

    @Inject
    StudentService students;

    @POST
    @RolesAllowed({Roles.SCHOOL_OPERATOR, Roles.EDUCATION_MINISTRY})
    public Response register(@Valid @NotNull(message = "a JSON body is required") StudentInput input, @Context UriInfo uri) {
        Shown created = students.register(input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.body().get("id").toString()).build())
                .tag(String.valueOf(created.version())).entity(created.body()).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SCHOOL_OPERATOR, Roles.EDUCATION_MINISTRY, Roles.HEALTH_MINISTRY, Roles.CITIZEN})
    public Response get(@PathParam("id") String id) {
        Shown student = students.get(Ids.student(id));
        return Response.ok(student.body()).tag(String.valueOf(student.version())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.SCHOOL_OPERATOR, Roles.EDUCATION_MINISTRY})
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull(message = "a JSON body is required") StudentInput input) {
        Shown student = students.update(Ids.student(id), input, ifMatch);
        return Response.ok(student.body()).tag(String.valueOf(student.version())).build();
    }

    /**
     * {@code ?snils=} exact lookup, or {@code ?q=&birthDate=&page=&size=} paged search. A school
     * operator may leave both out: its scope is its own organization, so that is its roster.
     */
    @GET
    @RolesAllowed({Roles.SCHOOL_OPERATOR, Roles.EDUCATION_MINISTRY, Roles.HEALTH_MINISTRY})
    public StudentPage find(@QueryParam("snils") String snils,
                            @QueryParam("q") @Size(max = 300, message = "must be at most 300 characters") String q,
                            @QueryParam("birthDate") String birthDate,
                            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") int page,
                            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "must be between 1 and 200")
                            @Max(value = 200, message = "must be between 1 and 200") int size) {
        if (snils != null) {
            if (!Snils.isValid(snils)) {
                throw new InvalidInputException("snils", "is not a valid SNILS");
            }
            return students.lookup(snils);
        }
        return students.search(q, QueryDates.optional("birthDate", birthDate), page, size);
    }
}
