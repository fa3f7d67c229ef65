package ru.kontingent.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import ru.kontingent.platform.problem.InvalidInputException;
import ru.kontingent.platform.security.Roles;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** {@code GET /api/audit}: the regional administrator reads its region's journal of personal-data access. */
@Path("/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditJournal journal;

    @GET
    @RolesAllowed(Roles.REGIONAL_ADMIN)
    public AuditPage find(@QueryParam("subject") @Size(max = 64, message = "must be at most 64 characters") String subject,
                          @QueryParam("actor") @Size(max = 200, message = "must be at most 200 characters") String actor,
                          @QueryParam("from") String from,
                          @QueryParam("to") String to,
                          @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") int page,
                          @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = "must be between 1 and 500")
                          @Max(value = 500, message = "must be between 1 and 500") int size) {
        return journal.find(subject, actor, instant("from", from), instant("to", to), page, size);
    }

    /** Accepts a date ({@code 2026-09-01}, the start of that day UTC) or a full ISO-8601 instant. */
    private static OffsetDateTime instant(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC) : OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be an ISO-8601 date or date-time");
        }
    }
}
