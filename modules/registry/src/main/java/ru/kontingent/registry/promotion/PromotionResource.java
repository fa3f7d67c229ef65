package ru.kontingent.registry.promotion;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import ru.kontingent.platform.problem.InvalidInputException;
import ru.kontingent.platform.security.Roles;
import ru.kontingent.platform.view.PathIds;

/**
 * The promotion of a municipality or the whole region (education ministry), and the recorded
 * batches: shown and undone by the roles that may promote their organization.
 */
@Path("/registry/promotion")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PromotionResource {

    @Inject
    PromotionService promotions;

    @Inject
    PromotionBatches batches;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDUCATION_MINISTRY)
    public PromotionResult promote(@QueryParam("municipality") String municipality, @QueryParam("dryRun") String dryRun,
                                   @NotNull(message = "a JSON body is required") PromotionInput input) {
        boolean preview = DryRun.parse(dryRun);
        if (municipality == null) {
            return promotions.promote(PromotionScope.region(), input, preview);
        }
        if (municipality.isBlank()) {
            // A blank name must not widen the promotion to the whole region.
            throw new InvalidInputException("municipality", "must not be blank; leave it out to promote the whole region");
        }
        return promotions.promote(PromotionScope.municipality(municipality), input, preview);
    }

    @GET
    @Path("{batchId}")
    @RolesAllowed({Roles.SCHOOL_OPERATOR, Roles.EDUCATION_MINISTRY})
    public BatchView batch(@PathParam("batchId") String batchId) {
        return batches.show(PathIds.parse(batchId, "promotion batch"));
    }

    /** Takes no body: the batch says everything. */
    @POST
    @Path("{batchId}/undo")
    @RolesAllowed({Roles.SCHOOL_OPERATOR, Roles.EDUCATION_MINISTRY})
    public BatchView undo(@PathParam("batchId") String batchId) {
        return batches.undo(PathIds.parse(batchId, "promotion batch"));
    }
}
