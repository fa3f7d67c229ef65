package ru.kontingent.registry.identity;

import java.io.Serial;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The OGRN (ОГРН, primary state registration number) of an organization: 13 digits, the last
 * a check digit equal to the first twelve, read as one number, mod 11 and then mod 10. A
 * 15-digit OGRNIP belongs to an individual entrepreneur and is refused here.
 */
public final class Ogrn extends CheckedIdentifier {

    @Serial
    private static final long serialVersionUID = 2L;

    private static final Pattern ORGANIZATION = Pattern.compile("[0-9]{13}");
    private static final Pattern ENTREPRENEUR = Pattern.compile("[0-9]{15}");

    private Ogrn(String text) {
        super(IdentifierKind.OGRN, Ogrn::findFlaw, text);
    }

    /** @throws InvalidIdentifierException when the text is not a valid OGRN of an organization */
    public static Ogrn parse(String text) {
        return new Ogrn(text);
    }

    public static boolean isValid(String text) {
        return findFlaw(text) == null;
    }

    /** What is wrong with the text as an organization's OGRN; empty when it is a valid one. */
    public static Optional<IdentifierFlaw> flawIn(String text) {
        return Optional.ofNullable(findFlaw(text));
    }

    /** The 13 digits. */
    public String value() {
        return stored();
    }

    private static IdentifierFlaw findFlaw(String text) {
        if (text == null) {
            return IdentifierFlaw.MISSING;
        }
        if (ENTREPRENEUR.matcher(text).matches()) {
            return IdentifierFlaw.NOT_AN_ORGANIZATION;
        }
        if (!ORGANIZATION.matcher(text).matches()) {
            return IdentifierFlaw.MALFORMED;
        }
        // Twelve digits fit a long with room to spare.
        long number = Long.parseLong(text.substring(0, 12));
        return number % 11 % 10 == text.charAt(12) - '0' ? null : IdentifierFlaw.CHECK_NUMBER_MISMATCH;
    }

    @Override
    Ogrn reparse(String stored) {
        return parse(stored);
    }
}
