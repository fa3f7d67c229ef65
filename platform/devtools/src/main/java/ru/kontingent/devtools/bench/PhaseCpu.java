package ru.kontingent.devtools.bench;

import java.time.Duration;
import java.util.Locale;

/**
 * Where one timed phase's time went: its wall time and the CPU seconds of the server, the database
 * and this client. On two shared cores, a server near {@code cores x wall} is CPU-bound.
 */
public record PhaseCpu(String phase, double wallSeconds, int cores, Duration server, Duration database,
        Duration client) {

    /** {@code import: 40.2 s wall (80.4 core-s on 2 cores); CPU WildFly 55.1 s, PostgreSQL 18.0 s, client 2.1 s}. */
    public String describe() {
        return String.format(Locale.ROOT, "%s: %.1f s wall (%.1f core-s on %d cores); CPU WildFly %.1f s, "
                        + "PostgreSQL %.1f s, client %.1f s", phase, wallSeconds, wallSeconds * cores, cores,
                seconds(server), seconds(database), seconds(client));
    }

    /** Compact, for the Notes column: {@code import CPU s: WildFly 55, PostgreSQL 18}. */
    public String brief() {
        return String.format(Locale.ROOT, "%s CPU s: WildFly %.0f, PostgreSQL %.0f", phase, seconds(server),
                seconds(database));
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
