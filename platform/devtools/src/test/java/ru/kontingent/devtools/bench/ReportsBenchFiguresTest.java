package ru.kontingent.devtools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportsBenchFiguresTest {

    private static ReportsBenchFigures figures(List<Double> cold, double warmMedian) {
        return new ReportsBenchFigures("registry.contingent-by-organization", 100_000, 50, cold,
                List.of(100.0, 90.0, 110.0), Percentiles.of(warmMedian), 50);
    }

    @Test
    void theRatioIsOfTheMedians() {
        ReportsBenchFigures f = figures(List.of(140.0, 150.0, 500.0), 3);
        assertEquals(1.5, f.ratio(), 1e-9);
        assertTrue(f.coldMeetsTarget());
        assertTrue(f.warmMeetsTarget());
    }

    @Test
    void slowerThanTheTargetsIsAMiss() {
        ReportsBenchFigures f = figures(List.of(151.0), 10);
        assertFalse(f.coldMeetsTarget());
        assertFalse(f.warmMeetsTarget());
    }

    @Test
    void theRowHasAsManyCellsAsTheHeader() {
        String row = figures(List.of(120.0), 2).row(ZonedDateTime.of(2026, 11, 29, 22, 0, 0, 0, ZoneOffset.UTC),
                "abc1234", new Machine(2, 24_000_000), "load", "bench/reports/run.sh", "notes");
        assertEquals(ReportsBenchFigures.TABLE_HEADER.split("\\|", -1).length, row.split("\\|", -1).length, row);
        assertTrue(row.contains("| 100,000 (50) | `registry.contingent-by-organization` | 50 | 120.0 (1) | 100.0 | 1.20× | met |"),
                row);
    }
}
