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

class KppTest {

    @ParameterizedTest
    @ValueSource(strings = {"773601001", "770701001", "7736AB001", "61640Z001", "0000ZZ000", "999999999"})
    void acceptsFourDigitsTwoDigitsOrCapitalsThreeDigits(String text) {
        assertTrue(Kpp.isValid(text));
        assertEquals(Optional.empty(), Kpp.flawIn(text));
        Kpp kpp = Kpp.parse(text);
        assertEquals(text, kpp.value());
        assertEquals(text, kpp.toString());
    }

    @ParameterizedTest
    @EmptySource
    @ValueSource(strings = {
            "77360100", "7736010011", "7736ab001", "7736Ab001",
            "7736\u0410\u0412001", // Cyrillic А and В, which look like Latin A and B
            "77A601001", "A73601001", "773601A01", "77360100A",
            "7736-01-001", "7736 01 001", " 773601001", "773601001 ", "773601001\n",
            "\uff17\uff17\uff13\uff16\uff10\uff11\uff10\uff10\uff11", "7736\u00c401001"})
    void refusesAnythingElseAsMalformed(String text) {
        assertFalse(Kpp.isValid(text));
        assertEquals(Optional.of(IdentifierFlaw.MALFORMED), Kpp.flawIn(text));
        InvalidIdentifierException refused = assertThrows(InvalidIdentifierException.class, () -> Kpp.parse(text));
        assertEquals("not a valid KPP (expected 9 characters: 4 digits, 2 digits or capital Latin letters, 3 digits)",
                refused.getMessage());
        assertEquals(IdentifierKind.KPP, refused.kind());
    }

    @Test
    void nullIsMissing() {
        assertFalse(Kpp.isValid(null));
        assertEquals(IdentifierFlaw.MISSING,
                assertThrows(InvalidIdentifierException.class, () -> Kpp.parse(null)).flaw());
    }

    @Test
    void equalityIsByValueAndSurvivesSerialization() throws Exception {
        Kpp kpp = Kpp.parse("773601001");
        assertEquals(kpp, Kpp.parse("773601001"));
        assertEquals(kpp.hashCode(), Kpp.parse("773601001").hashCode());
        assertNotEquals(kpp, Kpp.parse("7736AB001"));
        assertNotEquals(kpp, "773601001");

        byte[] stream = SerializedForm.of(kpp);
        assertEquals(kpp, SerializedForm.read(stream));
        byte[] forged = SerializedForm.withReplaced(stream, "773601001", "7736ab001");
        assertThrows(InvalidIdentifierException.class, () -> SerializedForm.read(forged));
    }
}
