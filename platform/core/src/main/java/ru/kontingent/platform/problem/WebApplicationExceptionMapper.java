package ru.kontingent.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The framework's own refusals (404 unknown path, 405, 406, 415, 401/403 from role checks) in
 * problem+json, with a fixed title per status and never the framework's message.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        if (exception.getCause() instanceof JsonProcessingException json) {
            return ProblemResponses.of(JsonInputMapper.problemFor(json));
        }
        int status = exception.getResponse() != null ? exception.getResponse().getStatus() : 500;
        return ProblemResponses.of(StatusProblems.of(status));
    }
}
