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
 * The annotated text, when present, is a valid KPP (see {@link Kpp}). {@code null} is valid:
 * add {@code @NotNull} where the value is required.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = KppConstraintValidator.class)
public @interface ValidKpp {

    String message() default "is not a valid KPP";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
