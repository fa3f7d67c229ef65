package ru.kontingent.registry.identity;

import java.io.Serial;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A SNILS (СНИЛС), the individual insurance account number of a person, as 11 digits: nine
 * digits of the number and a two-digit check number. Accepted as {@code 11223344595},
 * {@code 112-233-445 95} or {@code 112 233 445 95}; shown as {@code XXX-XXX-XXX YY}.
 *
 * <p>The check number is the sum of the first nine digits weighted 9 down to 1: below 100 it is
 * the sum itself; 100 and 101 give 00; above 101 it is the sum mod 101, where a remainder of
 * 100 again gives 00. Numbers up to 001-001-998 were issued before the check was introduced and
 * carry none: any check number is accepted for them.
 *
 * <p>A SNILS is personal data: refusals never repeat the text.
 */
public final class Snils extends CheckedIdentifier {

    @Serial
    private static final long serialVersionUID = 2L;

    /** At each of the three group boundaries one optional hyphen or space; ASCII digits only. */
    private static final Pattern ACCEPTED = Pattern.compile("[0-9]{3}[- ]?[0-9]{3}[- ]?[0-9]{3}[- ]?[0-9]{2}");
    private static final Pattern SEPARATOR = Pattern.compile("[- ]");
    private static final int LAST_UNCHECKED_NUMBER = 1_001_998;

    private Snils(String text) {
        super(IdentifierKind.SNILS, Snils::findFlaw, text, Snils::digitsOf);
    }

    /** @throws InvalidIdentifierException when the text is not a valid SNILS */
    public static Snils parse(String text) {
        return new Snils(text);
    }

    public static boolean isValid(String text) {
        return findFlaw(text) == null;
    }

    /** What is wrong with the text as a SNILS; empty when it is a valid one. */
    public static Optional<IdentifierFlaw> flawIn(String text) {
        return Optional.ofNullable(findFlaw(text));
    }

    /** The 11 digits without separators, as stored. */
    public String normalized() {
        return stored();
    }

    /** The usual written form, {@code XXX-XXX-XXX YY}. */
    public String formatted() {
        String digits = stored();
        return digits.substring(0, 3) + '-' + digits.substring(3, 6) + '-' + digits.substring(6, 9)
                + ' ' + digits.substring(9);
    }

    private static IdentifierFlaw findFlaw(String text) {
        if (text == null) {
            return IdentifierFlaw.MISSING;
        }
        if (!ACCEPTED.matcher(text).matches()) {
            return IdentifierFlaw.MALFORMED;
        }
        String digits = digitsOf(text);
        String number = digits.substring(0, 9);
        if (Integer.parseInt(number) <= LAST_UNCHECKED_NUMBER) {
            return null;
        }
        return checkNumber(number) == Integer.parseInt(digits.substring(9)) ? null : IdentifierFlaw.CHECK_NUMBER_MISMATCH;
    }

    private static String digitsOf(String text) {
        return SEPARATOR.matcher(text).replaceAll("");
    }

    private static int checkNumber(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (9 - i);
        }
        if (sum < 100) {
            return sum;
        }
        if (sum <= 101) {
            return 0;
        }
        int remainder = sum % 101;
        return remainder == 100 ? 0 : remainder;
    }

    @Override
    Snils reparse(String stored) {
        return parse(stored);
    }

    /** The formatted number; mind that a SNILS is personal data before logging it. */
    @Override
    public String toString() {
        return formatted();
    }
}
