package ru.kontingent.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that is not the JSON we expect: malformed, an unknown field, or a value of the wrong
 * type. The message is ours; the parser's text (which may echo input) never leaves the server.
 */
@Provider
public class JsonInputMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException exception) {
        return ProblemResponses.of(problemFor(exception));
    }

    static Problem problemFor(JsonProcessingException exception) {
        if (exception instanceof UnrecognizedPropertyException unknown) {
            return new InvalidInputException(JsonPaths.of(unknown), "unknown field").toProblem();
        }
        if (exception instanceof InvalidFormatException || exception instanceof MismatchedInputException) {
            JsonMappingException mapping = (JsonMappingException) exception;
            String field = JsonPaths.of(mapping);
            if (!field.isEmpty()) {
                return new InvalidInputException(field, "wrong type or format").toProblem();
            }
        }
        return Problem.of("malformed-json", "Malformed JSON", 400, "The request body is not valid JSON of the expected shape.");
    }
}
