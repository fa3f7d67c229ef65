package ru.kontingent.registry.identity;

import java.io.Serial;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The KPP (КПП, tax registration reason code) of an organization: 9 characters, the tax office
 * code (4 digits), the reason (2 digits or capital Latin letters, e.g. {@code 01} or {@code AB})
 * and a serial number (3 digits). It has no check digit.
 */
public final class Kpp extends CheckedIdentifier {

    @Serial
    private static final long serialVersionUID = 2L;

    private static final Pattern ACCEPTED = Pattern.compile("[0-9]{4}[0-9A-Z]{2}[0-9]{3}");

    private Kpp(String text) {
        super(IdentifierKind.KPP, Kpp::findFlaw, text);
    }

    /** @throws InvalidIdentifierException when the text is not a valid KPP */
    public static Kpp parse(String text) {
        return new Kpp(text);
    }

    public static boolean isValid(String text) {
        return findFlaw(text) == null;
    }

    /** What is wrong with the text as a KPP; empty when it is a valid one. */
    public static Optional<IdentifierFlaw> flawIn(String text) {
        return Optional.ofNullable(findFlaw(text));
    }

    /** The 9 characters. */
    public String value() {
        return stored();
    }

    private static IdentifierFlaw findFlaw(String text) {
        if (text == null) {
            return IdentifierFlaw.MISSING;
        }
        return ACCEPTED.matcher(text).matches() ? null : IdentifierFlaw.MALFORMED;
    }

    @Override
    Kpp reparse(String stored) {
        return parse(stored);
    }
}
