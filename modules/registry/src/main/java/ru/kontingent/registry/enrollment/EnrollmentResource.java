package ru.kontingent.registry.enrollment;

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
import ru.kontingent.registry.text.Ids;

import java.util.List;

/** Enrollments, exits, transfers and the trajectory of one student. */
@Path("/registry/students")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnrollmentResource {

    @Inject
    EnrollmentService enrollments;

    @POST
    @Path("{id}/enrollments")
    @RolesAllowed({Roles.SCHOOL_OPERATOR, Roles.EDUCATION_MINISTRY})
    public Response enroll(@PathParam("id") String id, @Valid @NotNull(message = "a JSON body is required") EnrollmentInput input,
                           @Context UriInfo uri) {
        EnrollmentView created = enrollments.enroll(Ids.student(id), input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @Path("{id}/enrollments")
    @RolesAllowed({Roles.SCHOOL_OPERATOR, Roles.EDUCATION_MINISTRY})
    public List<EnrollmentView> list(@PathParam("id") String id) {
        return enrollments.list(Ids.student(id));
    }

    @GET
    @Path("{id}/enrollments/{enrollmentId}")
    @RolesAllowed({Roles.SCHOOL_OPERATOR, Roles.EDUCATION_MINISTRY})
    public EnrollmentView one(@PathParam("id") String id, @PathParam("enrollmentId") String enrollmentId) {
        return enrollments.one(Ids.student(id), Ids.enrollment(enrollmentId));
    }

    @POST
    @Path("{id}/enrollments/{enrollmentId}/end")
    @RolesAllowed({Roles.SCHOOL_OPERATOR, Roles.EDUCATION_MINISTRY})
    public EnrollmentView end(@PathParam("id") String id, @PathParam("enrollmentId") String enrollmentId,
                              @Valid @NotNull(message = "a JSON body is required") EndInput input) {
        return enrollments.end(Ids.student(id), Ids.enrollment(enrollmentId), input);
    }

    @POST
    @Path("{id}/transfers")
    @RolesAllowed({Roles.SCHOOL_OPERATOR, Roles.EDUCATION_MINISTRY})
    public Response transfer(@PathParam("id") String id, @Valid @NotNull(message = "a JSON body is required") TransferInput input) {
        return Response.status(Response.Status.CREATED).entity(enrollments.transfer(Ids.student(id), input)).build();
    }

    @GET
    @Path("{id}/trajectory")
    @RolesAllowed({Roles.SCHOOL_OPERATOR, Roles.EDUCATION_MINISTRY})
    public TrajectoryView trajectory(@PathParam("id") String id) {
        return enrollments.trajectory(Ids.student(id));
    }
}
