package ru.kontingent.devtools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class JvmMemoryTest {

    private static final String G1 = """
            12345:
             garbage-first heap   total 262144K, used 98000K [0x00000000e0000000, 0x0000000100000000)
              region size 1024K, 20 young (20480K), 3 survivors (3072K)
             Metaspace       used 146000K, committed 147000K, reserved 1179648K
              class space    used 18000K, committed 18500K, reserved 1048576K
            """;

    private static final String PARALLEL = """
            12345:
             PSYoungGen      total 76288K, used 1310K [0x00000000fab00000, 0x0000000100000000, 0x0000000100000000)
              eden space 65536K, 2% used [0x00000000fab00000,0x00000000fac47a28,0x00000000feb00000)
              from space 10752K, 0% used [0x00000000ff580000,0x00000000ff580000,0x0000000100000000)
             ParOldGen       total 175104K, used 50000K [0x00000000f0000000, 0x00000000fab00000, 0x00000000fab00000)
              object space 175104K, 28% used [0x00000000f0000000,0x00000000f30d4000,0x00000000fab00000)
             Metaspace       used 120000K, committed 121000K, reserved 1163264K
            """;

    @Test
    void g1HasOneHeapLine() {
        assertEquals(98000, JvmMemory.heapUsedKiB(G1));
        assertEquals(146000, JvmMemory.metaspaceUsedKiB(G1));
    }

    @Test
    void generationalCollectorsAddTheirGenerations() {
        assertEquals(51310, JvmMemory.heapUsedKiB(PARALLEL));
        assertEquals(120000, JvmMemory.metaspaceUsedKiB(PARALLEL));
    }

    @Test
    void anAnswerWithoutAHeapIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> JvmMemory.heapUsedKiB("12345:\nCould not attach"));
    }

    @Test
    void residentSetFromProcStatus() {
        assertEquals(549_812, JvmMemory.vmRssKiB("Name:\tjava\nVmHWM:\t  600000 kB\nVmRSS:\t  549812 kB\nRssAnon:\t 1 kB\n"));
        assertEquals(-1, JvmMemory.vmRssKiB("Name:\tjava\n"));
    }

    @Test
    void describedInMebibytes() {
        assertEquals("heap 95.7 MiB, metaspace 143.0 MiB, RSS unknown",
                new JvmMemory(98_000, 146_432, -1).describe());
    }
}
