package ru.kontingent.server.probe;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import ru.kontingent.platform.audit.AuditAction;
import ru.kontingent.platform.audit.AuditLog;
import ru.kontingent.platform.security.Roles;

import java.util.List;

/** Writes and reads tenant data through the platform exactly as a real module does. */
@Path("/probe")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProbeResource {

    @PersistenceContext(unitName = "kontingent")
    EntityManager em;

    @Inject
    AuditLog audit;

    @PUT
    @Path("records/{id}")
    @Transactional
    @RolesAllowed({Roles.SCHOOL_OPERATOR, Roles.EDUCATION_MINISTRY})
    public ProbeView put(@PathParam("id") String id, @Valid @NotNull(message = "a JSON body is required") ProbeInput input) {
        ProbeRecord record = em.find(ProbeRecord.class, id);
        if (record == null) {
            record = new ProbeRecord(id, input.text());
            em.persist(record);
            audit.record(AuditAction.CREATE, "probe", id, List.of("text"));
        } else {
            record.rewrite(input.text());
            audit.record(AuditAction.UPDATE, "probe", id, List.of("text"));
        }
        return new ProbeView(record.id(), record.text(), currentSchema());
    }

    @GET
    @Path("records/{id}")
    @Transactional
    @RolesAllowed({Roles.SCHOOL_OPERATOR, Roles.EDUCATION_MINISTRY})
    public ProbeView get(@PathParam("id") String id) {
        ProbeRecord record = em.find(ProbeRecord.class, id);
        if (record == null) {
            throw new NotFoundException();
        }
        audit.record(AuditAction.READ, "probe", id, List.of("text"));
        return new ProbeView(record.id(), record.text(), currentSchema());
    }

    private String currentSchema() {
        return (String) em.createNativeQuery("select current_schema()").getSingleResult();
    }
}
