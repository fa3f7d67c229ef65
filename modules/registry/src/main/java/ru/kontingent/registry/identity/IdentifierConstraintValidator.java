package ru.kontingent.registry.identity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.lang.annotation.Annotation;
import java.util.Optional;
import java.util.function.Function;

/**
 * The shared body of the identifier constraints: {@code null} passes (presence is
 * {@code @NotNull}'s job), anything else must parse. While the annotation keeps its default
 * message, the violation says what is wrong (format or check number), so a school operator
 * knows whether to look for a typo or a missing digit.
 */
abstract class IdentifierConstraintValidator<A extends Annotation> implements ConstraintValidator<A, CharSequence> {

    private final IdentifierKind kind;
    private final Function<String, Optional<IdentifierFlaw>> inspection;

    IdentifierConstraintValidator(IdentifierKind kind, Function<String, Optional<IdentifierFlaw>> inspection) {
        this.kind = kind;
        this.inspection = inspection;
    }

    @Override
    public final boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Optional<IdentifierFlaw> flaw = inspection.apply(value.toString());
        if (flaw.isEmpty()) {
            return true;
        }
        // A message the caller chose on the annotation is left alone.
        if (kind.constraintMessage().equals(context.getDefaultConstraintMessageTemplate())) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(kind.constraintMessage(flaw.get()))
                    .addConstraintViolation();
        }
        return false;
    }
}
