package ru.kontingent.devtools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class BenchFiguresTest {

    @Test
    void ratesAndTheRatioToCopy() {
        BenchFigures figures = new BenchFigures(100_000, 50.0, OptionalDouble.of(40.0), 100_000, 25.0, 100_000, 2.0);

        assertEquals(2_000, figures.importRate(), 1e-9);
        assertEquals(2_500, figures.importJobRate().getAsDouble(), 1e-9);
        assertEquals(4_000, figures.reimportRate(), 1e-9);
        assertEquals(50_000, figures.copyRate(), 1e-9);
        assertEquals(0.04, figures.ratio(), 1e-12);
        assertFalse(figures.meetsTarget());
    }

    @Test
    void thirtyPercentOfCopyMeetsTheTarget() {
        // COPY 10,000 rows/s; the import 3,000 students/s is exactly the 30 %.
        assertTrue(new BenchFigures(3_000, 1.0, OptionalDouble.empty(), 3_000, 1.0, 10_000, 1.0).meetsTarget());
        assertFalse(new BenchFigures(2_999, 1.0, OptionalDouble.empty(), 3_000, 1.0, 10_000, 1.0).meetsTarget());
    }

    @Test
    void noJobTimeMeansNoJobRate() {
        BenchFigures figures = new BenchFigures(10, 1.0, OptionalDouble.empty(), 10, 1.0, 10, 1.0);
        assertTrue(figures.importJobRate().isEmpty());
        BenchFigures zeroJob = new BenchFigures(10, 1.0, OptionalDouble.of(0), 10, 1.0, 10, 1.0);
        assertTrue(zeroJob.importJobRate().isEmpty(), "a job that took no measurable time has no rate");
    }

    @Test
    void durationsMustBePositive() {
        assertThrows(IllegalArgumentException.class,
                () -> new BenchFigures(10, 0, OptionalDouble.empty(), 10, 1.0, 10, 1.0));
        assertThrows(IllegalArgumentException.class,
                () -> new BenchFigures(10, 1.0, OptionalDouble.empty(), 10, -1.0, 10, 1.0));
        assertThrows(IllegalArgumentException.class,
                () -> new BenchFigures(10, 1.0, OptionalDouble.empty(), 10, 1.0, 10, Double.NaN));
    }

    @Test
    void formatting() {
        assertEquals("12,346", BenchFigures.perSecond(12_345.6));
        assertEquals("7", BenchFigures.perSecond(7.4));
        assertEquals("4.2 %", BenchFigures.percent(0.04213));
        assertEquals("30.0 %", BenchFigures.percent(BenchFigures.TARGET_RATIO));
        assertEquals("123.4 %", BenchFigures.percent(1.234));
    }
}
