package ru.kontingent.registry.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InnTest {

    /** Sberbank, Gazprom, VTB: published INNs of legal entities. */
    @ParameterizedTest
    @ValueSource(strings = {"7707083893", "7736050003", "7702070139"})
    void acceptsPublishedInnsOfOrganizations(String text) {
        assertTrue(Inn.isValid(text));
        assertEquals(Optional.empty(), Inn.flawIn(text));
        Inn inn = Inn.parse(text);
        assertEquals(text, inn.value());
        assertEquals(text, inn.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"7707083893", "7736050003", "7702070139"})
    void everyOtherLastDigitIsACheckNumberMismatch(String valid) {
        for (char last = '0'; last <= '9'; last++) {
            String candidate = valid.substring(0, 9) + last;
            if (last == valid.charAt(9)) {
                continue;
            }
            assertEquals(Optional.of(IdentifierFlaw.CHECK_NUMBER_MISMATCH), Inn.flawIn(candidate), candidate);
            InvalidIdentifierException refused = assertThrows(InvalidIdentifierException.class,
                    () -> Inn.parse(candidate));
            assertEquals("not a valid INN (check number mismatch)", refused.getMessage());
            assertEquals(IdentifierKind.INN, refused.kind());
        }
    }

    @Test
    void aRemainderOfTenGivesCheckDigitZero() {
        // Constructed: 7*2+7*4+0*10+7*3+0*5+8*9+3*4+9*6+5*8 = 241, and 241 mod 11 = 10.
        assertTrue(Inn.isValid("7707083950"));
        assertFalse(Inn.isValid("7707083951"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"500100732259", "770708389312"})
    void refusesTheTwelveDigitInnOfAnIndividual(String text) {
        assertFalse(Inn.isValid(text));
        assertEquals(Optional.of(IdentifierFlaw.NOT_AN_ORGANIZATION), Inn.flawIn(text));
        InvalidIdentifierException refused = assertThrows(InvalidIdentifierException.class, () -> Inn.parse(text));
        assertEquals("not a valid INN (a 12-digit INN belongs to an individual; an organization's INN has 10 digits)",
                refused.getMessage());
    }

    @ParameterizedTest
    @EmptySource
    @ValueSource(strings = {"770708389", "77070838930", "7707083893000", "77070838931", "7707083893 ", " 7707083893",
            "7707-083893", "7707 083 893", "770708389X", "\u0437707083893", "+7707083893", "-707083893",
            "\uff17\uff17\uff10\uff17\uff10\uff18\uff13\uff18\uff19\uff13", "7707083893\n"})
    void refusesAnythingElseAsMalformed(String text) {
        assertEquals(Optional.of(IdentifierFlaw.MALFORMED), Inn.flawIn(text));
        InvalidIdentifierException refused = assertThrows(InvalidIdentifierException.class, () -> Inn.parse(text));
        assertEquals("not a valid INN (expected the 10 digits of an organization's INN)", refused.getMessage());
        assertFalse(refused.getMessage().contains("7707"), refused.getMessage());
    }

    @Test
    void nullIsMissing() {
        assertFalse(Inn.isValid(null));
        assertEquals(IdentifierFlaw.MISSING,
                assertThrows(InvalidIdentifierException.class, () -> Inn.parse(null)).flaw());
    }

    @Test
    void equalityIsByValueAndSurvivesSerialization() throws Exception {
        Inn sberbank = Inn.parse("7707083893");
        assertEquals(sberbank, Inn.parse("7707083893"));
        assertEquals(sberbank.hashCode(), Inn.parse("7707083893").hashCode());
        assertNotEquals(sberbank, Inn.parse("7736050003"));
        assertNotEquals(sberbank, "7707083893");

        byte[] stream = SerializedForm.of(sberbank);
        assertEquals(sberbank, SerializedForm.read(stream));
        byte[] forged = SerializedForm.withReplaced(stream, "7707083893", "7707083894");
        assertThrows(InvalidIdentifierException.class, () -> SerializedForm.read(forged));
    }
}
