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

class OgrnTest {

    /** Sberbank, Gazprom, VTB: published OGRNs of legal entities. */
    @ParameterizedTest
    @ValueSource(strings = {"1027700132195", "1027700070518", "1027739609391"})
    void acceptsPublishedOgrnsOfOrganizations(String text) {
        assertTrue(Ogrn.isValid(text));
        assertEquals(Optional.empty(), Ogrn.flawIn(text));
        Ogrn ogrn = Ogrn.parse(text);
        assertEquals(text, ogrn.value());
        assertEquals(text, ogrn.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1027700132195", "1027700070518", "1027739609391"})
    void everyOtherLastDigitIsACheckNumberMismatch(String valid) {
        for (char last = '0'; last <= '9'; last++) {
            if (last == valid.charAt(12)) {
                continue;
            }
            String candidate = valid.substring(0, 12) + last;
            assertEquals(Optional.of(IdentifierFlaw.CHECK_NUMBER_MISMATCH), Ogrn.flawIn(candidate), candidate);
            InvalidIdentifierException refused = assertThrows(InvalidIdentifierException.class,
                    () -> Ogrn.parse(candidate));
            assertEquals("not a valid OGRN (check number mismatch)", refused.getMessage());
            assertEquals(IdentifierKind.OGRN, refused.kind());
        }
    }

    @Test
    void aRemainderOfTenGivesCheckDigitZero() {
        // Constructed: 102770013224 mod 11 = 10.
        assertEquals(10, 102_770_013_224L % 11);
        assertTrue(Ogrn.isValid("1027700132240"));
        assertFalse(Ogrn.isValid("1027700132241"));
    }

    @Test
    void refusesTheFifteenDigitOgrnipOfAnEntrepreneur() {
        assertEquals(Optional.of(IdentifierFlaw.NOT_AN_ORGANIZATION), Ogrn.flawIn("304500116000157"));
        InvalidIdentifierException refused = assertThrows(InvalidIdentifierException.class,
                () -> Ogrn.parse("304500116000157"));
        assertEquals("not a valid OGRN (a 15-digit OGRNIP belongs to an individual entrepreneur;"
                + " an organization's OGRN has 13 digits)", refused.getMessage());
    }

    @ParameterizedTest
    @EmptySource
    @ValueSource(strings = {"102770013219", "10277001321950", "99999999999999999999", "1027700132195 ",
            "1-027700-132195", "102770013219O", "+1027700132195", "1027700132195\n",
            "\u0661\u0660\u0662\u0667\u0667\u0660\u0660\u0661\u0663\u0662\u0661\u0669\u0665"})
    void refusesAnythingElseAsMalformed(String text) {
        assertEquals(Optional.of(IdentifierFlaw.MALFORMED), Ogrn.flawIn(text));
        InvalidIdentifierException refused = assertThrows(InvalidIdentifierException.class, () -> Ogrn.parse(text));
        assertEquals("not a valid OGRN (expected the 13 digits of an organization's OGRN)", refused.getMessage());
    }

    @Test
    void nullIsMissing() {
        assertFalse(Ogrn.isValid(null));
        assertEquals(IdentifierFlaw.MISSING,
                assertThrows(InvalidIdentifierException.class, () -> Ogrn.parse(null)).flaw());
    }

    @Test
    void equalityIsByValueAndSurvivesSerialization() throws Exception {
        Ogrn sberbank = Ogrn.parse("1027700132195");
        assertEquals(sberbank, Ogrn.parse("1027700132195"));
        assertEquals(sberbank.hashCode(), Ogrn.parse("1027700132195").hashCode());
        assertNotEquals(sberbank, Ogrn.parse("1027700070518"));
        assertNotEquals(sberbank, "1027700132195");

        byte[] stream = SerializedForm.of(sberbank);
        assertEquals(sberbank, SerializedForm.read(stream));
        byte[] forged = SerializedForm.withReplaced(stream, "1027700132195", "1027700132196");
        assertThrows(InvalidIdentifierException.class, () -> SerializedForm.read(forged));
    }
}
