package ru.kontingent.registry.identity;

/** Checks {@link ValidInn}. */
public class InnConstraintValidator extends IdentifierConstraintValidator<ValidInn> {

    public InnConstraintValidator() {
        super(IdentifierKind.INN, Inn::flawIn);
    }
}
