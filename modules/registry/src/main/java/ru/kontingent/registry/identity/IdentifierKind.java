package ru.kontingent.registry.identity;

/**
 * The identifiers this package knows, with the words used to refuse them. Exception messages and
 * constraint messages are built here so that the two always say the same thing.
 */
public enum IdentifierKind {
    SNILS("SNILS", "11 digits, written XXXXXXXXXXX or XXX-XXX-XXX YY", null),
    INN("INN", "the 10 digits of an organization's INN",
            "a 12-digit INN belongs to an individual; an organization's INN has 10 digits"),
    OGRN("OGRN", "the 13 digits of an organization's OGRN",
            "a 15-digit OGRNIP belongs to an individual entrepreneur; an organization's OGRN has 13 digits"),
    KPP("KPP", "9 characters: 4 digits, 2 digits or capital Latin letters, 3 digits", null),
    CITIZENSHIP("citizenship", "an upper-case ISO 3166-1 alpha-2 country code such as RU, or \"stateless\"", null);

    private final String label;
    private final String expectedForm;
    private final String personsNumber;

    IdentifierKind(String label, String expectedForm, String personsNumber) {
        this.label = label;
        this.expectedForm = expectedForm;
        this.personsNumber = personsNumber;
    }

    /** How the identifier is called in messages, e.g. {@code SNILS}. */
    public String label() {
        return label;
    }

    /** The message of an exception for this flaw; it never contains the refused text. */
    public String refusal(IdentifierFlaw flaw) {
        if (flaw == IdentifierFlaw.MISSING) {
            return "no " + label + " given";
        }
        return "not a valid " + label + " (" + reason(flaw) + ")";
    }

    /** The default message of this identifier's constraint annotation, e.g. {@code is not a valid SNILS}. */
    public String constraintMessage() {
        return "is not a valid " + label;
    }

    /** The constraint message for this flaw, e.g. {@code is not a valid SNILS (check number mismatch)}. */
    public String constraintMessage(IdentifierFlaw flaw) {
        return "is " + refusal(flaw);
    }

    private String reason(IdentifierFlaw flaw) {
        return switch (flaw) {
            case MISSING -> "missing";
            case MALFORMED -> "expected " + expectedForm;
            case CHECK_NUMBER_MISMATCH -> "check number mismatch";
            case NOT_AN_ORGANIZATION -> personsNumber != null ? personsNumber : "expected " + expectedForm;
            case UNKNOWN_COUNTRY -> "not an ISO 3166-1 country code";
        };
    }
}
