package ru.kontingent.registry.identity;

/** Checks {@link ValidCitizenship}. */
public class CitizenshipConstraintValidator extends IdentifierConstraintValidator<ValidCitizenship> {

    public CitizenshipConstraintValidator() {
        super(IdentifierKind.CITIZENSHIP, Citizenship::flawIn);
    }
}
