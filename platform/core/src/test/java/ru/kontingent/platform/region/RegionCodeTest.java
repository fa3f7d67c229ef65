package ru.kontingent.platform.region;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegionCodeTest {

    private static final String THIRTY = "abcdefghij0123456789_klmnopqrs";

    @ParameterizedTest
    @ValueSource(strings = {"r61", "a", "7", "_", THIRTY, "region_77", "moscow_city_2", "r0_0"})
    void acceptsLowerCaseLettersDigitsAndUnderscoreUpTo30(String text) {
        assertTrue(RegionCode.isValid(text));
        RegionCode code = RegionCode.of(text);
        assertEquals(text, code.value());
        assertEquals(text, code.toString());
        assertEquals(Optional.of(code), RegionCode.parse(text));
    }

    @Test
    void thirtyCharactersIsTheLimit() {
        assertEquals(30, THIRTY.length());
        assertTrue(RegionCode.isValid(THIRTY));
        assertFalse(RegionCode.isValid(THIRTY + "x"));
        assertFalse(RegionCode.isValid("a".repeat(31)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"abcdefghij0123456789_klmnopqrst", "R61", "r61A", "r-61", "r 61", " r61", "r61 ",
            "\u044061", "\u0440\u0435\u0433\u0438\u043e\u043d", "r61;drop", "../x", "r61\n", "r61.x", "r61\"", "r61'",
            "r\u0661", "r61\u0000"})
    void refusesEverythingElse(String text) {
        assertFalse(RegionCode.isValid(text));
        assertEquals(Optional.empty(), RegionCode.parse(text));
        InvalidRegionCodeException refused = assertThrows(InvalidRegionCodeException.class, () -> RegionCode.of(text));
        assertTrue(refused.getMessage().contains(RegionCode.PATTERN), refused.getMessage());
    }

    @Test
    void theRefusalDoesNotEchoTheText() {
        InvalidRegionCodeException refused = assertThrows(InvalidRegionCodeException.class,
                () -> RegionCode.of("evil<script>"));
        assertFalse(refused.getMessage().contains("evil"), refused.getMessage());
        assertTrue(refused instanceof IllegalArgumentException);
    }

    @Test
    void theSchemaIsTheCodeBehindTheRegionPrefix() {
        assertEquals("region_r61", RegionCode.of("r61").schema());
        assertEquals("region_a", RegionCode.of("a").schema());
        assertEquals("region_" + THIRTY, RegionCode.of(THIRTY).schema());
    }

    @Test
    void equalityIsByValue() {
        RegionCode one = RegionCode.of("r61");
        RegionCode same = RegionCode.of("r61");
        RegionCode other = RegionCode.of("r62");

        assertEquals(one, same);
        assertEquals(one.hashCode(), same.hashCode());
        assertNotEquals(one, other);
        assertNotEquals(one, "r61");
        assertNotEquals(one, null);
    }
}
