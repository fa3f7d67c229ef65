package ru.kontingent.registry.enrollment;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An exit reason a single order may give. PROMOTED belongs to the promotion batch, which also
 * opens the next grade: ending one enrollment with it by hand would leave the child in no grade.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ByHandExitReason.Validator.class)
public @interface ByHandExitReason {

    String message() default "PROMOTED is set by a promotion order only (POST .../promotion)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ByHandExitReason, ExitReason> {
        @Override
        public boolean isValid(ExitReason reason, ConstraintValidatorContext context) {
            return reason != ExitReason.PROMOTED;
        }
    }
}
