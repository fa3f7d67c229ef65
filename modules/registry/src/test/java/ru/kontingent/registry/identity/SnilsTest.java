package ru.kontingent.registry.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnilsTest {

    private static final String CHECK_MISMATCH = "not a valid SNILS (check number mismatch)";

    @ParameterizedTest
    @ValueSource(strings = {"112-233-445 95", "11223344595", "112 233 445 95"})
    void acceptsThePublishedVectorInEveryWrittenForm(String text) {
        assertTrue(Snils.isValid(text));
        assertEquals(Optional.empty(), Snils.flawIn(text));
        Snils snils = Snils.parse(text);
        assertEquals("11223344595", snils.normalized());
        assertEquals("112-233-445 95", snils.formatted());
        assertEquals("112-233-445 95", snils.toString());
    }

    @Test
    void refusesThePublishedInvalidVector() {
        assertFalse(Snils.isValid("112-233-445 96"));
        assertEquals(Optional.of(IdentifierFlaw.CHECK_NUMBER_MISMATCH), Snils.flawIn("112-233-445 96"));
        InvalidIdentifierException refused = assertThrows(InvalidIdentifierException.class,
                () -> Snils.parse("112-233-445 96"));
        assertEquals(CHECK_MISMATCH, refused.getMessage());
        assertEquals(IdentifierKind.SNILS, refused.kind());
        assertEquals(IdentifierFlaw.CHECK_NUMBER_MISMATCH, refused.flaw());
    }

    /**
     * Numbers chosen so that the weighted sum lands on each branch of the rule; the sum is
     * recomputed here so a vector cannot silently drift off its edge. For each number the given
     * check number is the only one of 00..99 accepted.
     */
    @ParameterizedTest(name = "{0}: weighted sum {1} gives check {2}")
    @CsvSource({
            "112233445, 95,  95",  // the public vector, sum below 100
            "112233449, 99,  99",  // the largest sum that is its own check number
            "112233458, 100, 00",  // 100 gives 00
            "112233459, 101, 00",  // 101 gives 00
            "112233468, 102, 01",  // above 101: mod 101
            "123456789, 165, 64",
            "112699998, 201, 00",  // 201 mod 101 = 100, which gives 00
            "112699999, 202, 00",  // 202 mod 101 = 0
            "987654321, 285, 83",
            "987654378, 302, 00",  // 302 mod 101 = 100 again
            "999999997, 403, 00",  // 403 mod 101 = 100, the largest such sum
            "999999999, 405, 01",  // the largest possible sum
            "001001999, 65,  65",  // the first number that carries a check
    })
    void checkNumberFollowsEveryBranchOfTheRule(String nineDigits, int weightedSum, String check) {
        assertEquals(weightedSum, weightedSum(nineDigits), "the vector is not on the edge it claims");

        Snils snils = Snils.parse(nineDigits + check);
        assertEquals(nineDigits + check, snils.normalized());
        for (int other = 0; other < 100; other++) {
            String candidate = nineDigits + String.format("%02d", other);
            assertEquals(other == Integer.parseInt(check), Snils.isValid(candidate), candidate);
        }
    }

    @Test
    void aSumOf100Or101IsWrittenAsDoubleZeroNotAsTheSumOrItsRemainder() {
        // Validators that compare against the sum, or the sum mod 100, get these wrong.
        assertTrue(Snils.isValid("112-233-458 00"));
        assertTrue(Snils.isValid("112-233-459 00"));
        assertFalse(Snils.isValid("112-233-459 01"));
        assertTrue(Snils.isValid("112-699-998 00"));
        assertFalse(Snils.isValid("112-699-998 01"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"001001998", "000000000", "000000001", "001001997", "001000999"})
    void numbersUpTo001001998CarryNoCheck(String nineDigits) {
        assertTrue(Integer.parseInt(nineDigits) <= 1_001_998);
        IntStream.range(0, 100).mapToObj(check -> nineDigits + String.format("%02d", check))
                .forEach(text -> assertTrue(Snils.isValid(text), text));
    }

    @Test
    void theCheckStartsRightAfter001001998() {
        assertTrue(Snils.isValid("001-001-998 00"));
        assertTrue(Snils.isValid("001-001-998 64"));
        assertTrue(Snils.isValid("001-001-998 99"));

        assertEquals(65, weightedSum("001001999"));
        assertTrue(Snils.isValid("001-001-999 65"));
        assertEquals(Optional.of(IdentifierFlaw.CHECK_NUMBER_MISMATCH), Snils.flawIn("001-001-999 00"));
        assertEquals(Optional.of(IdentifierFlaw.CHECK_NUMBER_MISMATCH), Snils.flawIn("001-001-999 64"));
        assertEquals(Optional.of(IdentifierFlaw.CHECK_NUMBER_MISMATCH), Snils.flawIn("001-001-999 66"));
    }

    @Test
    void aboveTheBoundaryExactlyOneCheckNumberFitsEachNumber() {
        for (int number = 1_001_999; number <= 999_999_999; number += 7_919_993) {
            String nineDigits = String.format("%09d", number);
            long accepted = IntStream.range(0, 100)
                    .filter(check -> Snils.isValid(nineDigits + String.format("%02d", check)))
                    .count();
            assertEquals(1, accepted, nineDigits);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"112-233-445-95", "112 233 44595", "112233445 95", "112-233 445-95", "112233-445 95"})
    void acceptsAnOptionalHyphenOrSpaceAtEachGroupBoundary(String text) {
        assertEquals("11223344595", Snils.parse(text).normalized());
    }

    @ParameterizedTest
    @EmptySource
    @ValueSource(strings = {
            "1122334459", "112233445950", "112-233-445 9", "112-233-44 595",
            "11223344a95", "1122334459O", "SNILS11223344595",
            "112.233.445 95", "112/233/445 95", "112_233_445_95", "+11223344595", "(112)233-445 95",
            "112--233-445 95", "112  233 445 95", "112- 233-445 95",
            "1122-33-445 95", "11-2233-445 95", "112233-4459 5",
            " 11223344595", "11223344595 ", "11223344595\n", "112-233-445\t95", "112-233-445\u00a095",
            "\uff11\uff11\uff12\uff12\uff13\uff13\uff14\uff14\uff15\uff19\uff15",
            "\u0661\u0661\u0662\u0662\u0663\u0663\u0664\u0664\u0665\u0669\u0665",
            "-11223344595", "112-233-445 95-"})
    void refusesAnythingElseAsMalformed(String text) {
        assertFalse(Snils.isValid(text));
        assertEquals(Optional.of(IdentifierFlaw.MALFORMED), Snils.flawIn(text));
        InvalidIdentifierException refused = assertThrows(InvalidIdentifierException.class, () -> Snils.parse(text));
        assertEquals(IdentifierFlaw.MALFORMED, refused.flaw());
        assertEquals("not a valid SNILS (expected 11 digits, written XXXXXXXXXXX or XXX-XXX-XXX YY)",
                refused.getMessage());
    }

    @Test
    void nullIsMissing() {
        assertFalse(Snils.isValid(null));
        assertEquals(Optional.of(IdentifierFlaw.MISSING), Snils.flawIn(null));
        InvalidIdentifierException refused = assertThrows(InvalidIdentifierException.class, () -> Snils.parse(null));
        assertEquals("no SNILS given", refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"112-233-445 96", "112-233-445", "evil<script>112-233-445 95"})
    void theRefusalDoesNotEchoTheText(String text) {
        InvalidIdentifierException refused = assertThrows(InvalidIdentifierException.class, () -> Snils.parse(text));
        assertTrue(refused instanceof IllegalArgumentException);
        assertFalse(refused.getMessage().contains("112"), refused.getMessage());
        assertFalse(refused.getMessage().contains("445"), refused.getMessage());
        assertFalse(refused.getMessage().contains("evil"), refused.getMessage());
    }

    @Test
    void equalityIsByTheDigitsWhateverTheWrittenForm() {
        Snils plain = Snils.parse("11223344595");
        Snils written = Snils.parse("112-233-445 95");
        Snils other = Snils.parse("112-233-458 00");

        assertEquals(plain, written);
        assertEquals(plain.hashCode(), written.hashCode());
        assertNotEquals(plain, other);
        assertNotEquals(plain, "11223344595");
        assertNotEquals(plain, null);
    }

    @Test
    void survivesSerializationAndRechecksWhatTheStreamClaims() throws Exception {
        Snils snils = Snils.parse("112-233-445 95");
        byte[] stream = SerializedForm.of(snils);
        assertEquals(snils, SerializedForm.read(stream));

        byte[] tampered = SerializedForm.withReplaced(stream, "11223344595", "11223344596");
        InvalidIdentifierException refused = assertThrows(InvalidIdentifierException.class,
                () -> SerializedForm.read(tampered));
        assertEquals(IdentifierFlaw.CHECK_NUMBER_MISMATCH, refused.flaw());
    }

    /** The rule's weighted sum, written out independently of {@link Snils}. */
    private static int weightedSum(String nineDigits) {
        int sum = 0;
        for (int position = 0; position < 9; position++) {
            sum += Character.digit(nineDigits.charAt(position), 10) * (9 - position);
        }
        return sum;
    }
}
