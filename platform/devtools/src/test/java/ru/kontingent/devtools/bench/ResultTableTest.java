package ru.kontingent.devtools.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ResultTableTest {

    @Test
    void everyPhaseWithItsRateAndTheVerdict() {
        String table = ResultTable.render(BenchmarksFileTest.run(100_000, 0, 100_000));

        assertTrue(table.contains("  phase                                rows    seconds     per second\n"), table);
        assertTrue(table.startsWith("Import benchmark, 2026-11-29 20:41 UTC, commit c486580\n"), table);
        assertTrue(table.contains("machine: 2 cores, 23.5 GiB; load average (1/5/15 min): 2.17 / 4.59 / 5.56 → "
                + "3.01 / 3.80 / 4.90"), table);
        assertTrue(table.matches("(?s).*import \\(HTTP, all new\\)\\s+100,000\\s+50\\.00\\s+2,000  students/s.*"), table);
        assertTrue(table.matches("(?s).*of which the job \\(server\\)\\s+40\\.00\\s+2,500  students/s.*"), table);
        assertTrue(table.matches("(?s).*re-import \\(all unchanged\\)\\s+100,000\\s+25\\.00\\s+4,000  lines/s.*"), table);
        assertTrue(table.matches("(?s).*raw COPY baseline\\s+100,000\\s+2\\.00\\s+50,000  rows/s.*"), table);
        assertTrue(table.matches("(?s).*import / COPY\\s+4\\.0 %  target >= 30\\.0 %: MISSED.*"), table);
    }

    @Test
    void aMetTargetSaysSoAndNoJobTimeNoJobLine() {
        BenchRun fast = new BenchRun(ZonedDateTime.now(ZoneOffset.UTC), "abc", new Machine(2, -1), null, null, "cmd",
                "ndjson", new BenchFigures(1_000, 1.0, OptionalDouble.empty(), 1_000, 1.0, 2_000, 1.0), 1_000, 0,
                1_000, List.of());

        String table = ResultTable.render(fast);

        assertTrue(table.contains("50.0 %  target >= 30.0 %: met"), table);
        assertTrue(!table.contains("of which the job"), table);
        assertTrue(table.contains("load average (1/5/15 min): unknown → unknown"), table);
    }
}
