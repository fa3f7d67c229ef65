package ru.kontingent.devtools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void theMedianOfAnOddAndAnEvenCount() {
        assertEquals(2.0, Percentiles.median(List.of(3.0, 1.0, 2.0)));
        assertEquals(1.5, Percentiles.median(List.of(2.0, 1.0)));
        assertEquals(7.0, Percentiles.median(List.of(7)));
    }

    @Test
    void percentilesAreNearestRankSoTheyAreValuesThatOccurred() {
        double[] hundred = new double[100];
        for (int i = 0; i < 100; i++) {
            hundred[i] = 100 - i; // 100 .. 1, unsorted on purpose
        }
        Percentiles p = Percentiles.of(hundred);
        assertEquals(50.0, p.percentile(50));
        assertEquals(95.0, p.percentile(95));
        assertEquals(99.0, p.percentile(99));
        assertEquals(100.0, p.percentile(100));
        assertEquals(1.0, p.percentile(0.1));
        assertEquals(1.0, p.min());
        assertEquals(100.0, p.max());
        assertEquals(5050.0, p.sum());
        assertEquals(100, p.count());
    }

    @Test
    void aSmallSampleTakesItsLargestValueForHighPercentiles() {
        Percentiles p = Percentiles.of(1.0, 2.0, 3.0);
        assertEquals(3.0, p.percentile(95));
        assertEquals(2.0, p.percentile(50));
        assertEquals("2.00 / 3.00 / 3.00", p.p50p95p99());
    }

    @Test
    void nothingToMeasureIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(List.of()));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(1.0).percentile(0));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(1.0).percentile(101));
    }
}
