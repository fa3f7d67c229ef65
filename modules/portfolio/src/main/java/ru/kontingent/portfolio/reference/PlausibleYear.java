package ru.kontingent.portfolio.reference;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * The annotated year, when present, lies between {@link PlausibleYearValidator#FIRST} and next
 * year (results are entered for the current school year, which may have started last autumn or
 * start this autumn). {@code null} is valid: add {@code @NotNull} where the year is required.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Constraint(validatedBy = PlausibleYearValidator.class)
public @interface PlausibleYear {

    String message() default "must be between 2000 and next year";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
