package ru.kontingent.reporting.federal;

import jakarta.annotation.security.RolesAllowed;
import ru.kontingent.reporting.catalog.ReportCatalog;
import ru.kontingent.reporting.catalog.ReportSummary;
import java.util.List;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import ru.kontingent.platform.security.Roles;

/** {@code GET /api/platform/reports} and {@code GET /api/platform/reports/{reportId}}: the federal operator's roll-up over all regions. */
@Path("/platform/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.FEDERAL_OPERATOR)
public class FederalReportResource {

    @Inject
    FederalRollup rollup;

    @Inject
    ReportCatalog reports;

    /** Every report the deployed modules define: each can be rolled up over the regions that run it. */
    @GET
    public List<ReportSummary> list() {
        return reports.all().stream().map(ReportSummary::of).toList();
    }

    @GET
    @Path("{id}")
    public FederalReport rollUp(@PathParam("id") String id, @Context UriInfo uri) {
        return rollup.rollUp(id, uri.getQueryParameters());
    }
}
