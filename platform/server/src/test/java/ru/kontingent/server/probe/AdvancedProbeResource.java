package ru.kontingent.server.probe;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import ru.kontingent.platform.security.Roles;

import java.util.Map;

@Path("/probe-advanced")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdvancedProbeResource {

    @GET
    @Path("ping")
    @RolesAllowed({Roles.SCHOOL_OPERATOR, Roles.EDUCATION_MINISTRY})
    public Map<String, Boolean> ping() {
        return Map.of("ok", true);
    }
}
