package ru.kontingent.devtools.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time used so far by each process of a group (a server JVM, a PostgreSQL and its backends).
 * Two snapshots give what the group spent in between: with the wall time and the core count, where
 * a phase's time went. A process that ended in between takes its time with it (an undercount).
 */
public record CpuSnapshot(Map<Long, Duration> byPid) {

    public CpuSnapshot {
        byPid = Map.copyOf(byPid);
    }

    public static CpuSnapshot of(Stream<ProcessHandle> processes) {
        Map<Long, Duration> times = new HashMap<>();
        processes.forEach(process -> process.info().totalCpuDuration()
                .ifPresent(cpu -> times.put(process.pid(), cpu)));
        return new CpuSnapshot(times);
    }

    /** CPU spent since the earlier snapshot by the processes alive now (new ones count in full). */
    public Duration since(CpuSnapshot earlier) {
        Duration total = Duration.ZERO;
        for (Map.Entry<Long, Duration> process : byPid.entrySet()) {
            Duration before = earlier.byPid.getOrDefault(process.getKey(), Duration.ZERO);
            Duration spent = process.getValue().minus(before);
            // A pid reused by a new process would read as negative: count it from zero instead.
            total = total.plus(spent.isNegative() ? process.getValue() : spent);
        }
        return total;
    }
}
