package ru.kontingent.devtools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class WrkResultTest {

    private static final String OUTPUT = """
            Running 30s test @ http://127.0.0.1:10080
              2 threads and 16 connections
            Requests/sec:   1000.00
            KONTINGENT-WRK requests=30000 duration_us=30000000 bytes=123 p50_us=2500 p95_us=9000 p99_us=21000\
             max_us=90000 mean_us=3100 status_errors=3 timeouts=1 connect_errors=0 read_errors=2 write_errors=0\
             reads=21000 searches=4500 writes=3000 reports=1500 noops=0
            """;

    @Test
    void theScriptsLineIsFoundAndReadInMilliseconds() {
        WrkResult result = WrkResult.find(OUTPUT).orElseThrow();
        assertEquals(30_000, result.requests());
        assertEquals(1000.0, result.perSecond(), 1e-9);
        assertEquals(2.5, result.p50Millis(), 1e-9);
        assertEquals(9.0, result.p95Millis(), 1e-9);
        assertEquals(21.0, result.p99Millis(), 1e-9);
        assertEquals(3, result.statusErrors());
        assertEquals(3, result.socketErrors());
        assertEquals(21_000, result.reads());
        assertEquals(3_000, result.writes());
        assertEquals("1,000 · 2.50 / 9.00 / 21.00", result.cell());
    }

    @Test
    void noLineOrAMissingKeyIsNoResult() {
        assertTrue(WrkResult.find("Running 30s test\nunable to connect").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> WrkResult.parse("KONTINGENT-WRK requests=1"));
    }

    @Test
    void theRowComparesWithTheNoOpAndJudgesBothTargets() {
        WrkResult noop = WrkResult.parse("KONTINGENT-WRK requests=60000 duration_us=30000000 bytes=0 p50_us=1000"
                + " p95_us=3000 p99_us=6000 max_us=9000 mean_us=1200 status_errors=0 timeouts=0 connect_errors=0"
                + " read_errors=0 write_errors=0 reads=0 searches=0 writes=0 reports=0 noops=60000");
        WrkResult reads = WrkResult.parse(OUTPUT.lines().filter(line -> line.startsWith("KONTINGENT")).findFirst()
                .orElseThrow());
        LoadBenchFigures figures = new LoadBenchFigures(100_000, 1500, "-t2 -c16 -d30s", noop, reads, reads, 28_000, 2_990);
        assertEquals(0.5, figures.readRatio(), 1e-9);
        assertTrue(figures.readsMeetTarget());
        assertTrue(figures.p99MeetsTarget());
        assertEquals(12, figures.failedRequests());
        String row = figures.row(ZonedDateTime.of(2026, 11, 30, 3, 0, 0, 0, ZoneOffset.UTC), "abc1234",
                new Machine(2, 24L << 20), "1.00 / 1.00 / 1.00 → 2.00 / 2.00 / 2.00", "bench/load/run.sh", "n");
        assertEquals(LoadBenchFigures.TABLE_HEADER.split("\\|", -1).length, row.split("\\|", -1).length, row);
        assertTrue(row.contains("| 50 % | 50 % | met | met | 12 |"), row);
        assertTrue(row.contains("21,000/4,500/3,000/1,500, 28,000, 2,990"), row);
    }
}
