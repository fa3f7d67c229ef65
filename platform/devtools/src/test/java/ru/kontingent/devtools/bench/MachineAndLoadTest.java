package ru.kontingent.devtools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MachineAndLoadTest {

    @Test
    void loadAverageFromProc() {
        LoadAverage load = LoadAverage.parse("2.17 4.59 5.56 3/412 20669\n");
        assertEquals(new LoadAverage(2.17, 4.59, 5.56), load);
        assertEquals("2.17 / 4.59 / 5.56", load.toString());
        assertEquals("0.50 / 1.00 / 12.00", new LoadAverage(0.5, 1, 12).toString());
    }

    @Test
    void somethingElseIsNotALoadAverage() {
        assertThrows(IllegalArgumentException.class, () -> LoadAverage.parse("1.0 2.0"));
        assertThrows(IllegalArgumentException.class, () -> LoadAverage.parse("high higher highest"));
    }

    @Test
    void memoryFromMeminfo() {
        String meminfo = """
                MemTotal:       24684092 kB
                MemFree:         1234567 kB
                MemAvailable:   20000000 kB
                """;
        assertEquals(24_684_092, Machine.memTotalKiB(meminfo));
        assertEquals(-1, Machine.memTotalKiB("MemFree: 1 kB\n"));
    }

    @Test
    void describedAsCoresAndGibibytes() {
        assertEquals("2 cores, 23.5 GiB", new Machine(2, 24_684_092).describe());
        assertEquals("1 core, 1.0 GiB", new Machine(1, 1024 * 1024).describe());
        assertEquals("8 cores, memory unknown", new Machine(8, -1).describe());
    }
}
