package ru.kontingent.portfolio.certificate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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

import java.util.Arrays;
import java.util.Map;

/** The certificate of general education (API.md, "Portfolio"): PUT creates (201) or replaces (200). */
@Path("/portfolio/students")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CertificateResource {

    @Inject
    CertificateService certificates;

    @PUT
    @Path("{id}/certificate")
    @RolesAllowed(Roles.SCHOOL_OPERATOR)
    public Response put(@PathParam("id") String id, @Valid @NotNull(message = "a JSON body is required") CertificateInput input,
                        @Context UriInfo uri) {
        return certificates.put(PathIds.parse(id, "student"), input)
                .response(created -> uri.getAbsolutePathBuilder().queryParam("kind", input.kind().name()).build());
    }

    /** The latest issued certificate, or the one of {@code ?kind=}. */
    @GET
    @Path("{id}/certificate")
    @RolesAllowed({Roles.SCHOOL_OPERATOR, Roles.EDUCATION_MINISTRY})
    public Map<String, Object> get(@PathParam("id") String id, @QueryParam("kind") String kind) {
        return certificates.get(PathIds.parse(id, "student"), kind(kind));
    }

    private static CertificateKind kind(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Arrays.stream(CertificateKind.values()).filter(kind -> kind.name().equals(text.strip())).findFirst()
                .orElseThrow(() -> new InvalidInputException("kind", "must be BASIC_GENERAL or SECONDARY_GENERAL"));
    }
}
