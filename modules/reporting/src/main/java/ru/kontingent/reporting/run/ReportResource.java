package ru.kontingent.reporting.run;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import ru.kontingent.platform.module.ReportDefinition;
import ru.kontingent.platform.security.Roles;
import ru.kontingent.reporting.catalog.ReportSummary;
import ru.kontingent.reporting.render.CsvExport;
import ru.kontingent.reporting.render.ReportDocument;
import ru.kontingent.reporting.render.ReportFormat;
import ru.kontingent.reporting.render.XlsxExport;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code /api/reports}: the reports this role may run in its region at its stage, and running
 * one as JSON, CSV or XLSX. The region is the token's; a report computes aggregates only.
 */
@Path("/reports")
@RequestScoped
@RolesAllowed({Roles.REGIONAL_ADMIN, Roles.EDUCATION_MINISTRY, Roles.HEALTH_MINISTRY, Roles.SCHOOL_OPERATOR})
public class ReportResource {

    @Inject
    ReportAccess access;

    @Inject
    ReportRunner runner;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<ReportSummary> list() {
        return access.available().stream()
                .map(ReportSummary::of)
                .toList();
    }

    @GET
    @Path("{id}")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response run(@PathParam("id") String id, @Context UriInfo uri) {
        ReportDefinition report = access.require(id);
        ReportFormat format = ReportFormat.parse(uri.getQueryParameters().getFirst(ReportParameters.FORMAT));
        ReportParameters.Parsed parameters = ReportParameters.parse(report, uri.getQueryParameters(), LocalDate.now());
        ReportResult result = runner.run(report, parameters);
        Response.ResponseBuilder response = switch (format) {
            case JSON -> Response.ok(ReportDocument.of(result), MediaType.APPLICATION_JSON);
            case CSV -> attachment(CsvExport.render(result.result().table()), format, result);
            case XLSX -> attachment(XlsxExport.render(report.title(), result.result().table()), format, result);
        };
        return response.header("X-Report-Cache", result.cached() ? "hit" : "miss").build();
    }

    private static Response.ResponseBuilder attachment(byte[] body, ReportFormat format, ReportResult result) {
        String file = result.report().id() + "-" + result.request().asOf() + "." + format.extension();
        return Response.ok(body, format.mediaType()).header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    }
}
