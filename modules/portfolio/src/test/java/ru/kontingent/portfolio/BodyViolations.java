package ru.kontingent.portfolio;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import ru.kontingent.platform.problem.FieldError;
import ru.kontingent.platform.problem.ViolationPaths;

import java.util.List;

/** A request body through the real Bean Validation engine, reported as the client would see it. */
public final class BodyViolations {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    private BodyViolations() {
    }

    /** Every bad field with its message, sorted by JSON path, as the 400's {@code errors}. */
    public static List<FieldError> of(Object body) {
        return ViolationPaths.errors(VALIDATOR.validate(body), "");
    }

    /** Just the JSON paths of the bad fields, sorted. */
    public static List<String> fields(Object body) {
        return of(body).stream().map(FieldError::field).toList();
    }
}
