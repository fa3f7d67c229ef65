package ru.kontingent.devtools.bench;

import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Objects;

/**
 * One API load benchmark run (issue 9, item 2): the no-op endpoint ({@code GET /api/me}), student
 * reads alone and the mixed workload, each under the same wrk settings in the same run. Targets:
 * read throughput at least half the no-op's; p99 under 50 ms at that load.
 *
 * @param wrkSettings  e.g. {@code -t2 -c16 -d30s}
 * @param auditEvents  audit rows the region's journal gained during the mixed run
 * @param transfers    transfers the database holds after the mixed run (enrollments it ended as TRANSFERRED)
 */
public record LoadBenchFigures(long students, int schools, String wrkSettings, WrkResult noop, WrkResult reads,
        WrkResult mixed, long auditEvents, long transfers) {

    public static final double READ_TARGET_RATIO = 0.5;
    public static final double P99_TARGET_MILLIS = 50;

    public LoadBenchFigures {
        Objects.requireNonNull(noop, "noop");
        Objects.requireNonNull(reads, "reads");
        Objects.requireNonNull(mixed, "mixed");
    }

    public double readRatio() {
        return reads.perSecond() / noop.perSecond();
    }

    public double mixedRatio() {
        return mixed.perSecond() / noop.perSecond();
    }

    public boolean readsMeetTarget() {
        return readRatio() >= READ_TARGET_RATIO;
    }

    /** p99 under 50 ms for the reads and for the mix alike. */
    public boolean p99MeetsTarget() {
        return reads.p99Millis() < P99_TARGET_MILLIS && mixed.p99Millis() < P99_TARGET_MILLIS;
    }

    public long failedRequests() {
        return noop.statusErrors() + noop.socketErrors() + reads.statusErrors() + reads.socketErrors()
                + mixed.statusErrors() + mixed.socketErrors();
    }

    public static final String TABLE_HEADER = "| Date (UTC) | Commit | Machine | Load avg 1/5/15 before → after | Command "
            + "| Students (schools) | wrk | No-op `/api/me` req/s · ms p50 / p95 / p99 | Reads req/s · ms p50 / p95 / p99 "
            + "| Mixed req/s · ms p50 / p95 / p99 | Reads / no-op | Mixed / no-op | Target reads ≥ 50 % | Target p99 < 50 ms "
            + "| Non-2xx + socket errors | Mixed: requests R/S/W/P, audit events, transfers stored | Notes |";
    public static final String TABLE_RULE = "|---|---|---|---|---|--:|---|---|---|---|--:|--:|---|---|--:|---|---|";

    public static final BenchmarksSection SECTION = new BenchmarksSection("""
            ## API load: mixed workload against the no-op endpoint

            One command (`bench/load/run.sh [--students N]`, see `bench/load/README.md`) does a whole run
            and adds a row here (issue "benchmarks at national scale", item 2):

            1. a private embedded PostgreSQL and the provisioned WildFly with the WAR (port offset 2000),
               the demo regions of `tenants/`, audit on (it always is);
            2. the education ministry of r61 registers the synthetic schools (55 municipalities) and
               bulk-imports N students of `generate` (seed 61) with their trajectories (the ended
               enrollments loaded beside the import);
            3. wrk over loopback, the same settings (threads, connections, duration) for three
               measured runs after a warm-up: **no-op** `GET /api/me` (token check and JAX-RS, no
               region, no table); **reads**: `GET /api/registry/students/{id}` of random students;
               **mixed**: per 100 requests 70 reads by id, 15 searches (`?q=surname name&birthDate=`),
               10 transfers (`POST .../transfers` by the receiving school's operator) and 5 report
               calls (`registry.contingent-by-organization`, a cache miss whenever a transfer changed the
               region since); real RS256 tokens minted as the `token` command does.

            The notes give the CPU milliseconds WildFly and PostgreSQL spent per request in each run
            (their processes' CPU time over the run, divided by its requests): the cost of a request,
            which the neighbours' load moves far less than the throughput.

            Targets: reads req/s ≥ 50 % of the no-op's in the same run; p99 < 50 ms at that load (reads
            and mix). wrk's latencies are a closed loop (each connection waits for its answer), so they
            are the latency at the throughput reached, not at a fixed rate. wrk runs on the same 2 cores
            as the server and the database. A miss is recorded as a miss; read every figure with its
            load average.

            """, TABLE_HEADER, TABLE_RULE);

    public String row(ZonedDateTime date, String commit, Machine machine, String loads, String command, String notes) {
        return BenchmarksFile.runRow(date, commit, machine, loads, command,
                String.format(Locale.ROOT, "%,d (%,d)", students, schools),
                "`" + wrkSettings + "`",
                noop.cell(),
                reads.cell(),
                mixed.cell(),
                percent(readRatio()),
                percent(mixedRatio()),
                BenchmarksFile.verdict(readsMeetTarget()),
                BenchmarksFile.verdict(p99MeetsTarget()),
                String.format(Locale.ROOT, "%,d", failedRequests()),
                String.format(Locale.ROOT, "%,d/%,d/%,d/%,d, %,d, %,d", mixed.reads(), mixed.searches(), mixed.writes(),
                        mixed.reports(), auditEvents, transfers),
                notes);
    }

    static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.0f %%", ratio * 100);
    }
}
