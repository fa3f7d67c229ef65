package ru.kontingent.devtools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.kontingent.devtools.bench.TenantsBenchFigures.StartTime;

class TenantsBenchFiguresTest {

    private static TenantsBenchFigures figures(double firstReadSeconds, long heapAllKiB, double spreadMedian) {
        return new TenantsBenchFigures(85, List.of(1.0, 2.0, 3.0), new StartTime(10, 11),
                new StartTime(12, firstReadSeconds), new JvmMemory(100 * 1024, 140 * 1024, 500 * 1024),
                new JvmMemory(heapAllKiB, 141 * 1024, 600 * 1024), Percentiles.of(2.0), Percentiles.of(2.0, 2.0),
                Percentiles.of(spreadMedian), 3, 20);
    }

    @Test
    void perRegionGrowthIsOverTheRegionsAdded() {
        TenantsBenchFigures f = figures(14, (100 + 84) * 1024, 2.2);
        assertEquals(1.0, f.heapMiBPerRegion(), 1e-9);
        assertEquals(100.0 / 84, f.rssMiBPerRegion(), 1e-9);
        assertEquals(1.1, f.readRatio(), 1e-9);
        assertTrue(f.startMeetsTarget() && f.heapMeetsTarget() && f.readMeetsTarget(), f.targets());
    }

    @Test
    void missesAreSaidAsMisses() {
        TenantsBenchFigures f = figures(15, (100 + 2 * 84) * 1024, 2.3);
        assertFalse(f.startMeetsTarget());
        assertFalse(f.heapMeetsTarget());
        assertFalse(f.readMeetsTarget());
        assertEquals("start < 15 s **missed**; heap < 2 MiB/region **missed**; spread reads ≤ +10 % **missed**",
                f.targets());
    }

    @Test
    void theRowHasAsManyCellsAsTheHeader() {
        String row = figures(14, 110 * 1024, 2.1).row(ZonedDateTime.of(2026, 11, 29, 22, 0, 0, 0, ZoneOffset.UTC),
                "abc1234", new Machine(2, 24_000_000), "1.00 / 1.00 / 1.00 → 2.00 / 2.00 / 2.00",
                "bench/tenants/run.sh", List.of("a note"));
        assertEquals(TenantsBenchFigures.TABLE_HEADER.split("\\|", -1).length, row.split("\\|", -1).length, row);
        assertTrue(row.startsWith("| 2026-11-29 22:00 | `abc1234` | 2 cores, 22.9 GiB |"), row);
        assertTrue(row.contains("| 2.00 / 3.00 (6 s) |"), row);
        assertTrue(row.contains("10.0 s (11.0 s) → 12.0 s (14.0 s)"), row);
    }
}
