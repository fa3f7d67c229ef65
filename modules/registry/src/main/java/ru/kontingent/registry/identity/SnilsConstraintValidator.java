package ru.kontingent.registry.identity;

/** Checks {@link ValidSnils}. */
public class SnilsConstraintValidator extends IdentifierConstraintValidator<ValidSnils> {

    public SnilsConstraintValidator() {
        super(IdentifierKind.SNILS, Snils::flawIn);
    }
}
