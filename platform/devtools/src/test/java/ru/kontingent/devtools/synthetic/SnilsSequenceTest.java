package ru.kontingent.devtools.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SnilsSequenceTest {

    @Test
    void checkNumberFollowsThePublishedRuleIncludingItsEdges() {
        assertEquals(95, SnilsSequence.checkNumber(112_233_445), "public vector 112-233-445 95");
        assertNotEquals(96, SnilsSequence.checkNumber(112_233_445));
        assertEquals(65, SnilsSequence.checkNumber(1_001_999), "sum 65, below 100: the sum itself");
        assertEquals(0, SnilsSequence.checkNumber(1_508_815), "sum exactly 100 gives 00");
        assertEquals(0, SnilsSequence.checkNumber(1_437_544), "sum exactly 101 gives 00");
        assertEquals(0, SnilsSequence.checkNumber(6_996_682), "sum 201: 201 mod 101 = 100 gives 00");
        assertEquals(1, SnilsSequence.checkNumber(999_999_999), "sum 405: 405 mod 101 = 1");
    }

    @Test
    void formatsAsWritten() {
        assertEquals("112-233-445 95", SnilsSequence.format(112_233_445, 95));
        assertEquals("001-508-815 00", SnilsSequence.format(1_508_815, 0));
    }

    @Test
    void slotsNeverShareANumberAndStayAboveTheUncheckedOnes() {
        SnilsSequence sequence = new SnilsSequence("r61", 61);
        Set<String> seen = new HashSet<>();
        for (long slot = 0; slot < 300_000; slot++) {
            String snils = sequence.forSlot(slot);
            assertTrue(SnilsRule.isValid(snils), snils);
            assertTrue(Integer.parseInt(snils.substring(0, 11).replace("-", "")) > 1_001_998, snils);
            assertTrue(seen.add(snils), "repeated " + snils + " at slot " + slot);
        }
    }

    @Test
    void regionsGetDisjointBlocksWhateverTheirSeeds() {
        assertEquals(61, SnilsSequence.block("r61"));
        assertEquals(23, SnilsSequence.block("r23"));
        assertEquals(0, SnilsSequence.block("demo"));
        Set<String> rostov = new HashSet<>();
        SnilsSequence r61 = new SnilsSequence("r61", 1);
        SnilsSequence r23 = new SnilsSequence("r23", 1);
        for (long slot = 0; slot < 50_000; slot++) {
            rostov.add(r61.forSlot(slot));
        }
        for (long slot = 0; slot < 50_000; slot++) {
            assertTrue(!rostov.contains(r23.forSlot(slot)), "r23 repeats an r61 number at slot " + slot);
        }
        // The last block must not wrap around into block 0.
        SnilsSequence r99 = new SnilsSequence("r99", 1);
        SnilsSequence r00 = new SnilsSequence("demo", 1);
        assertNotEquals(r00.forSlot(0), r99.forSlot(SnilsSequence.SLOTS_PER_BLOCK - 1));
        assertThrows(IllegalArgumentException.class, () -> r61.forSlot(SnilsSequence.SLOTS_PER_BLOCK));
    }
}
