package ru.kontingent.platform.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Last line: anything unexpected is logged with an incident id and answered with a bare 500 (or
 * 503 when the database is unreachable). No exception text or stack trace leaves the server.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        String incident = UUID.randomUUID().toString();
        if (DatabaseUnavailable.isCause(exception)) {
            LOG.log(Level.WARNING, "Database unavailable, incident " + incident, exception);
            return ProblemResponses.of(Problem.of("unavailable", "Service unavailable", 503,
                    "The database is unreachable; retry later. Incident " + incident + "."));
        }
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, exception);
        return ProblemResponses.of(Problem.of("internal", "Internal error", 500,
                "The server could not complete the request. Incident " + incident + "."));
    }
}
