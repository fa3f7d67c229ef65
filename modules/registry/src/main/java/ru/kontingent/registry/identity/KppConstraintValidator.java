package ru.kontingent.registry.identity;

/** Checks {@link ValidKpp}. */
public class KppConstraintValidator extends IdentifierConstraintValidator<ValidKpp> {

    public KppConstraintValidator() {
        super(IdentifierKind.KPP, Kpp::flawIn);
    }
}
