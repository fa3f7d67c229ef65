package ru.kontingent.registry.student;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Series and number must have the shape of the document type (violations name those fields). */
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IdentityDocumentValidator.class)
public @interface ValidIdentityDocument {

    String message() default "does not match the document type";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
