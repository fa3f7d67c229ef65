package ru.kontingent.registry.identity;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * The annotated text, when present, is an upper-case ISO 3166-1 alpha-2 country code or
 * {@code stateless} (see {@link Citizenship}). {@code null} is valid: add {@code @NotNull} where
 * the value is required. With the default message, the violation says whether the text is
 * malformed or names no country.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = CitizenshipConstraintValidator.class)
public @interface ValidCitizenship {

    String message() default "is not a valid citizenship";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
