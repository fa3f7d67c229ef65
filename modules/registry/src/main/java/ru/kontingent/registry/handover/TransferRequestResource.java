package ru.kontingent.registry.handover;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import ru.kontingent.platform.security.Roles;
import ru.kontingent.platform.view.PathIds;

import java.util.UUID;

/** The cross-region transfer handshake: school operators and education ministries only. */
@Path("/registry/transfer-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransferRequestResource {

    @Inject
    TransferHandshake handshake;

    @POST
    @RolesAllowed({Roles.SCHOOL_OPERATOR, Roles.EDUCATION_MINISTRY})
    public Response request(@Valid @NotNull(message = "a JSON body is required") TransferRequestInput input, @Context UriInfo uri) {
        TransferRequestView created = handshake.request(input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.SCHOOL_OPERATOR, Roles.EDUCATION_MINISTRY})
    public TransferRequestPage list(@QueryParam("direction") @NotNull(message = "is required (incoming or outgoing)")
                                    @Pattern(regexp = "incoming|outgoing", message = "must be incoming or outgoing") String direction,
                                    @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") int page,
                                    @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "must be between 1 and 100")
                                    @Max(value = 100, message = "must be between 1 and 100") int size) {
        return handshake.list("incoming".equals(direction), page, size);
    }

    @POST
    @Path("{id}/accept")
    @RolesAllowed({Roles.SCHOOL_OPERATOR, Roles.EDUCATION_MINISTRY})
    public TransferRequestView accept(@PathParam("id") String id, @Valid @NotNull(message = "a JSON body is required") AcceptInput input) {
        return handshake.accept(requestId(id), input);
    }

    @POST
    @Path("{id}/decline")
    @RolesAllowed({Roles.SCHOOL_OPERATOR, Roles.EDUCATION_MINISTRY})
    public TransferRequestView decline(@PathParam("id") String id, @Valid @NotNull(message = "a JSON body is required") DeclineInput input) {
        return handshake.decline(requestId(id), input);
    }

    private static UUID requestId(String text) {
        return PathIds.parse(text, "transfer request");
    }
}
