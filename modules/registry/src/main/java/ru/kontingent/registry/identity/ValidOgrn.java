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
 * The annotated text, when present, is a valid OGRN of an organization (see {@link Ogrn}).
 * {@code null} is valid: add {@code @NotNull} where the value is required. With the default
 * message, the violation says whether the format or the check number is wrong, or whether the
 * number is a person's rather than an organization's.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = OgrnConstraintValidator.class)
public @interface ValidOgrn {

    String message() default "is not a valid OGRN";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
