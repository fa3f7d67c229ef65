package ru.kontingent.devtools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CpuSnapshotTest {

    @Test
    void spentIsTheGrowthOfEachLiveProcessAndAllOfANewOne() {
        CpuSnapshot before = new CpuSnapshot(Map.of(1L, seconds(10), 2L, seconds(5), 3L, seconds(7)));
        // 1 grew by 4 s, 2 ended (its time is lost), 4 is new with 3 s.
        CpuSnapshot after = new CpuSnapshot(Map.of(1L, seconds(14), 4L, seconds(3)));

        assertEquals(seconds(7), after.since(before));
    }

    @Test
    void aReusedPidCountsFromZero() {
        CpuSnapshot before = new CpuSnapshot(Map.of(9L, seconds(100)));
        CpuSnapshot after = new CpuSnapshot(Map.of(9L, seconds(2)));

        assertEquals(seconds(2), after.since(before));
    }

    @Test
    void thisJvmHasUsedSomeCpu() {
        CpuSnapshot now = CpuSnapshot.of(Stream.of(ProcessHandle.current()));
        assertTrue(now.since(new CpuSnapshot(Map.of())).compareTo(Duration.ZERO) >= 0);
    }

    @Test
    void phaseDescription() {
        PhaseCpu phase = new PhaseCpu("import", 40.0, 2, seconds(55), seconds(18), Duration.ofMillis(2100));
        assertEquals("import: 40.0 s wall (80.0 core-s on 2 cores); CPU WildFly 55.0 s, PostgreSQL 18.0 s, client 2.1 s",
                phase.describe());
        assertEquals("import CPU s: WildFly 55, PostgreSQL 18", phase.brief());
    }

    private static Duration seconds(long seconds) {
        return Duration.ofSeconds(seconds);
    }
}
