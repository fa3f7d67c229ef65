package ru.kontingent.registry.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.kontingent.platform.metrics.ImportMetrics;
import ru.kontingent.platform.security.Roles;
import ru.kontingent.platform.tenancy.RegionBinding;
import ru.kontingent.platform.view.NotFoundProblem;
import ru.kontingent.registry.access.Actor;
import ru.kontingent.registry.access.RegistryCaller;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * {@code POST /api/registry/import}: NDJSON or CSV, same rules as the single-student endpoints.
 * Small files are answered at once with the summary; larger ones become a job (202 + Location).
 */
@Path("/registry/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    @Inject
    RegistryCaller caller;

    @Inject
    ImportRunner runner;

    @Inject
    ImportJobs jobs;

    @Inject
    ImportJobStore store;

    @Inject
    ImportMetrics metrics;

    @Inject
    @ConfigProperty(name = "kontingent.import.sync-max-lines", defaultValue = "10000")
    long syncMaxLines;

    @POST
    @Consumes({ImportFormat.NDJSON_TYPE, ImportFormat.CSV_TYPE})
    @RolesAllowed({Roles.SCHOOL_OPERATOR, Roles.EDUCATION_MINISTRY})
    public Response upload(InputStream body, @Context HttpHeaders headers, @Context UriInfo uri) {
        Actor actor = caller.actor();
        MediaType type = headers.getMediaType();
        ImportFormat format = ImportFormat.of(type);
        Charset charset = ImportFormat.charset(type);
        ImportSpool spool = ImportSpool.of(body);
        if (spool.lines() <= syncMaxLines) {
            try (spool) {
                List<LineError> errors = new ArrayList<>();
                ImportOutcome outcome = runner.run(spool.file(), format, charset, actor, (counts, newErrors) -> errors.addAll(newErrors));
                ImportCounts counts = outcome.counts();
                metrics.linesProcessed(RegionBinding.require(), counts.accepted(), counts.rejected(), counts.unchanged());
                return Response.ok(new ImportSummary(outcome.state(), counts.linesRead(), counts.accepted(), counts.rejected(), counts.unchanged(),
                        outcome.stoppedAtLine(), errors)).build();
            }
        }
        UUID jobId = jobs.start(spool, format, charset, actor);
        return Response.accepted(store.find(jobId).view(new ErrorPage(List.of(), 0, 0, 0)))
                .location(uri.getAbsolutePathBuilder().path(jobId.toString()).build()).build();
    }

    @GET
    @Path("{jobId}")
    @RolesAllowed({Roles.SCHOOL_OPERATOR, Roles.EDUCATION_MINISTRY})
    public ImportJobView status(@PathParam("jobId") String jobId,
                                @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") int page,
                                @QueryParam("size") @DefaultValue("100") @Min(value = 1, message = "must be between 1 and 1000")
                                @Max(value = 1000, message = "must be between 1 and 1000") int size) {
        UUID id;
        try {
            id = UUID.fromString(jobId);
        } catch (IllegalArgumentException e) {
            throw new NotFoundProblem("import job");
        }
        ImportJob job = store.find(id);
        Actor actor = caller.actor();
        // A school sees its own imports only; another school's job does not exist for it.
        if (actor.isSchool() && !actor.organization().equals(job.organization())) {
            throw new NotFoundProblem("import job");
        }
        return job.view(store.errors(id, page, size));
    }
}
