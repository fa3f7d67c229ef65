package ru.kontingent.platform.problem;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;


/** Bean Validation failures become a 400 listing every bad field, by its JSON path. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        return ProblemResponses.of(new InvalidInputException(ViolationPaths.errors(exception.getConstraintViolations(), "")).toProblem());
    }
}
