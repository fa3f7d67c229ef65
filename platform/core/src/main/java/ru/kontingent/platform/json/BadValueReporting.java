package ru.kontingent.platform.json;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import ru.kontingent.platform.problem.FieldError;
import ru.kontingent.platform.problem.InvalidInputException;
import ru.kontingent.platform.problem.ViolationPaths;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Around the reading of every request body: values the reader could not map are reported together
 * with the body's Bean Validation violations, in one 400 listing every bad field.
 */
@Provider
@ApplicationScoped
public class BadValueReporting implements ReaderInterceptor {

    @Inject
    Validator validator;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        BadValues.start();
        Object entity;
        List<FieldError> badValues;
        try {
            entity = context.proceed();
        } finally {
            badValues = BadValues.drain();
        }
        if (!badValues.isEmpty()) {
            throw combined(badValues, entity, validator);
        }
        return entity;
    }

    /** Combines collected bad values with the violations of the partly read entity. */
    public static InvalidInputException combined(List<FieldError> badValues, Object entity, Validator validator) {
        Set<String> badFields = badValues.stream().map(FieldError::field).collect(Collectors.toSet());
        List<FieldError> all = new ArrayList<>(badValues);
        if (entity != null) {
            ViolationPaths.errors(validator.validate(entity), "").stream()
                    .filter(error -> !badFields.contains(error.field()))
                    .forEach(all::add);
        }
        all.sort(java.util.Comparator.comparing(FieldError::field));
        return new InvalidInputException(all);
    }
}
