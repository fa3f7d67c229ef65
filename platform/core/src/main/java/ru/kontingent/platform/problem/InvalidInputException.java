package ru.kontingent.platform.problem;

import java.util.List;

/** 400: the request is well-formed JSON but some fields break the rules; all of them are listed. */
public class InvalidInputException extends ProblemException {

    public InvalidInputException(List<FieldError> errors) {
        super("validation", "Invalid input", 400, "One or more fields are invalid.", errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }
}
