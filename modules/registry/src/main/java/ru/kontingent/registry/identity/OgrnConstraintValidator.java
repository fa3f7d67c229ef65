package ru.kontingent.registry.identity;

/** Checks {@link ValidOgrn}. */
public class OgrnConstraintValidator extends IdentifierConstraintValidator<ValidOgrn> {

    public OgrnConstraintValidator() {
        super(IdentifierKind.OGRN, Ogrn::flawIn);
    }
}
