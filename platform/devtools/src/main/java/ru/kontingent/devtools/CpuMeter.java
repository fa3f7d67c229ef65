package ru.kontingent.devtools;

import java.util.stream.Stream;
import ru.kontingent.devtools.bench.CpuSnapshot;
import ru.kontingent.devtools.bench.PhaseCpu;

/** CPU snapshots of the three parties: the WildFly JVM, PostgreSQL with its backends, this JVM. */
record CpuMeter(WildFlyProcess wildFly, ProcessHandle postmaster, int cores) {

    record Mark(CpuSnapshot server, CpuSnapshot database, CpuSnapshot client) {
    }

    Mark mark() {
        return new Mark(CpuSnapshot.of(wildFly.processes()),
                CpuSnapshot.of(Stream.concat(Stream.of(postmaster), postmaster.descendants())),
                CpuSnapshot.of(Stream.of(ProcessHandle.current())));
    }

    PhaseCpu since(Mark earlier, String phase, double wallSeconds) {
        Mark now = mark();
        return new PhaseCpu(phase, wallSeconds, cores, now.server().since(earlier.server()),
                now.database().since(earlier.database()), now.client().since(earlier.client()));
    }
}
