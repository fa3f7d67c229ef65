package ru.kontingent.registry.identity;

import java.io.Serial;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's citizenship: the ISO 3166-1 alpha-2 code of a country, upper case (e.g. {@code RU},
 * {@code KZ}), or {@code stateless} for a person without citizenship (лицо без гражданства).
 * Countries are those the JDK knows from ISO 3166-1 ({@link Locale#getISOCountries()}).
 */
public final class Citizenship extends CheckedIdentifier {

    @Serial
    private static final long serialVersionUID = 2L;

    /** The code of a person without citizenship. */
    public static final String STATELESS_CODE = "stateless";

    private static final Pattern ALPHA_2 = Pattern.compile("[A-Z]{2}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Citizenship STATELESS = new Citizenship(STATELESS_CODE);

    private Citizenship(String text) {
        super(IdentifierKind.CITIZENSHIP, Citizenship::findFlaw, text);
    }

    /** @throws InvalidIdentifierException when the text is neither a country code nor {@code stateless} */
    public static Citizenship parse(String text) {
        return STATELESS_CODE.equals(text) ? STATELESS : new Citizenship(text);
    }

    public static boolean isValid(String text) {
        return findFlaw(text) == null;
    }

    /** What is wrong with the text as a citizenship; empty when it is a valid one. */
    public static Optional<IdentifierFlaw> flawIn(String text) {
        return Optional.ofNullable(findFlaw(text));
    }

    /** The citizenship of a person without one. */
    public static Citizenship stateless() {
        return STATELESS;
    }

    public boolean isStateless() {
        return STATELESS_CODE.equals(code());
    }

    /** The alpha-2 code of the country; empty for a stateless person. */
    public Optional<String> country() {
        return isStateless() ? Optional.empty() : Optional.of(code());
    }

    /** The country code or {@code stateless}, as stored. */
    public String code() {
        return stored();
    }

    private static IdentifierFlaw findFlaw(String text) {
        if (text == null) {
            return IdentifierFlaw.MISSING;
        }
        if (STATELESS_CODE.equals(text)) {
            return null;
        }
        if (!ALPHA_2.matcher(text).matches()) {
            return IdentifierFlaw.MALFORMED;
        }
        return COUNTRIES.contains(text) ? null : IdentifierFlaw.UNKNOWN_COUNTRY;
    }

    @Override
    Citizenship reparse(String stored) {
        return parse(stored);
    }
}
