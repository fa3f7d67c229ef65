package ru.kontingent.registry.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CitizenshipTest {

    @ParameterizedTest
    @ValueSource(strings = {"RU", "KZ", "BY", "UA", "AM", "AZ", "UZ", "TJ", "KG", "MD", "GE", "CN", "DE", "US"})
    void acceptsUpperCaseIsoCountryCodes(String text) {
        assertTrue(Citizenship.isValid(text));
        assertEquals(Optional.empty(), Citizenship.flawIn(text));
        Citizenship citizenship = Citizenship.parse(text);
        assertFalse(citizenship.isStateless());
        assertEquals(Optional.of(text), citizenship.country());
        assertEquals(text, citizenship.code());
        assertEquals(text, citizenship.toString());
    }

    @Test
    void acceptsEveryCountryTheJdkKnows() {
        for (String country : Locale.getISOCountries()) {
            assertTrue(Citizenship.isValid(country), country);
        }
    }

    @Test
    void statelessIsAPersonWithoutCitizenship() {
        Citizenship stateless = Citizenship.parse("stateless");
        assertTrue(stateless.isStateless());
        assertEquals(Optional.empty(), stateless.country());
        assertEquals("stateless", stateless.code());
        assertEquals("stateless", stateless.toString());
        assertSame(Citizenship.stateless(), stateless);
        assertEquals(Citizenship.STATELESS_CODE, stateless.code());
    }

    @ParameterizedTest
    @EmptySource
    @ValueSource(strings = {"ru", "Ru", "rU", "RUS", "643", "R", " RU", "RU ", "R U", "RU\n",
            "\u0420\u0423", // Cyrillic РУ
            "STATELESS", "Stateless", "stateless ", "none", "\uff32\uff35"})
    void refusesLowerCaseLongerCodesAndOtherSpellingsAsMalformed(String text) {
        assertFalse(Citizenship.isValid(text));
        assertEquals(Optional.of(IdentifierFlaw.MALFORMED), Citizenship.flawIn(text));
        InvalidIdentifierException refused = assertThrows(InvalidIdentifierException.class,
                () -> Citizenship.parse(text));
        assertEquals("not a valid citizenship (expected an upper-case ISO 3166-1 alpha-2 country code such as RU,"
                + " or \"stateless\")", refused.getMessage());
        assertEquals(IdentifierKind.CITIZENSHIP, refused.kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "ZZ", "AA", "QQ", "XY"})
    void refusesTwoLettersThatNameNoCountry(String text) {
        assertEquals(Optional.of(IdentifierFlaw.UNKNOWN_COUNTRY), Citizenship.flawIn(text));
        InvalidIdentifierException refused = assertThrows(InvalidIdentifierException.class,
                () -> Citizenship.parse(text));
        assertEquals("not a valid citizenship (not an ISO 3166-1 country code)", refused.getMessage());
    }

    @Test
    void nullIsMissing() {
        assertFalse(Citizenship.isValid(null));
        assertEquals(IdentifierFlaw.MISSING,
                assertThrows(InvalidIdentifierException.class, () -> Citizenship.parse(null)).flaw());
    }

    @Test
    void equalityIsByCodeAndSurvivesSerialization() throws Exception {
        Citizenship russia = Citizenship.parse("RU");
        assertEquals(russia, Citizenship.parse("RU"));
        assertEquals(russia.hashCode(), Citizenship.parse("RU").hashCode());
        assertNotEquals(russia, Citizenship.parse("KZ"));
        assertNotEquals(russia, Citizenship.stateless());
        assertNotEquals(russia, "RU");

        assertEquals(russia, SerializedForm.read(SerializedForm.of(russia)));
        assertSame(Citizenship.stateless(), SerializedForm.read(SerializedForm.of(Citizenship.stateless())));
        byte[] forged = SerializedForm.withReplaced(SerializedForm.of(russia), "RU", "XX");
        assertThrows(InvalidIdentifierException.class, () -> SerializedForm.read(forged));
    }
}
