package ru.kontingent.registry.identity;

import java.io.Serial;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The INN (ИНН, taxpayer number) of an organization: 10 digits, the last a check digit. The
 * check digit is the sum of the first nine digits weighted 2, 4, 10, 3, 5, 9, 4, 6, 8, taken
 * mod 11 and then mod 10. A 12-digit INN belongs to an individual and is refused here:
 * educational organizations are legal entities.
 */
public final class Inn extends CheckedIdentifier {

    @Serial
    private static final long serialVersionUID = 2L;

    private static final Pattern ORGANIZATION = Pattern.compile("[0-9]{10}");
    private static final Pattern INDIVIDUAL = Pattern.compile("[0-9]{12}");
    private static final int[] WEIGHTS = {2, 4, 10, 3, 5, 9, 4, 6, 8};

    private Inn(String text) {
        super(IdentifierKind.INN, Inn::findFlaw, text);
    }

    /** @throws InvalidIdentifierException when the text is not a valid INN of an organization */
    public static Inn parse(String text) {
        return new Inn(text);
    }

    public static boolean isValid(String text) {
        return findFlaw(text) == null;
    }

    /** What is wrong with the text as an organization's INN; empty when it is a valid one. */
    public static Optional<IdentifierFlaw> flawIn(String text) {
        return Optional.ofNullable(findFlaw(text));
    }

    /** The 10 digits. */
    public String value() {
        return stored();
    }

    private static IdentifierFlaw findFlaw(String text) {
        if (text == null) {
            return IdentifierFlaw.MISSING;
        }
        if (INDIVIDUAL.matcher(text).matches()) {
            return IdentifierFlaw.NOT_AN_ORGANIZATION;
        }
        if (!ORGANIZATION.matcher(text).matches()) {
            return IdentifierFlaw.MALFORMED;
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (text.charAt(i) - '0') * WEIGHTS[i];
        }
        return sum % 11 % 10 == text.charAt(9) - '0' ? null : IdentifierFlaw.CHECK_NUMBER_MISMATCH;
    }

    @Override
    Inn reparse(String stored) {
        return parse(stored);
    }
}
