package ru.kontingent.devtools.bench;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The figures of one tenants benchmark run (issue "benchmarks at national scale", item 3) and the
 * targets they are judged by: a start with N up-to-date regions under 15 s, heap growth under
 * 2 MiB per region, reads spread over N regions within 10 % of reads of one region.
 *
 * @param regions           how many regions the deployment held at the end
 * @param onboardingSeconds each {@code POST /api/platform/regions}, in order
 * @param startOne          the restart with one region: launch to ready, launch to first authorized read
 * @param startAll          the restart with all regions, likewise
 * @param memoryOne         after a full GC, with one region, warmed up
 * @param memoryAll         after a full GC, with all regions, warmed up over all of them
 * @param readsOneDeployed  read latency (ms) with one region deployed (reference)
 * @param readsOneActive    read latency (ms) of one region's student with all deployed
 * @param readsSpread       read latency (ms) spread round-robin over all regions' students
 * @param serverConnections PostgreSQL client connections the server held after the spread reads
 * @param poolMax           the datasource's max-pool-size the server ran with
 */
public record TenantsBenchFigures(
        int regions,
        List<Double> onboardingSeconds,
        StartTime startOne,
        StartTime startAll,
        JvmMemory memoryOne,
        JvmMemory memoryAll,
        Percentiles readsOneDeployed,
        Percentiles readsOneActive,
        Percentiles readsSpread,
        int serverConnections,
        int poolMax) {

    public static final double START_TARGET_SECONDS = 15;
    public static final double HEAP_TARGET_MIB_PER_REGION = 2;
    public static final double READ_TARGET_RATIO = 1.10;

    /** Seconds from the launch of standalone.sh to /health/ready UP and to the first authorized read answered. */
    public record StartTime(double readySeconds, double firstRequestSeconds) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.1f s (%.1f s)", readySeconds, firstRequestSeconds);
        }
    }

    public TenantsBenchFigures {
        onboardingSeconds = List.copyOf(onboardingSeconds);
        Objects.requireNonNull(startOne, "startOne");
        Objects.requireNonNull(startAll, "startAll");
        if (regions < 2) {
            throw new IllegalArgumentException("a per-region figure needs at least two regions");
        }
    }

    public Percentiles onboarding() {
        return Percentiles.of(onboardingSeconds);
    }

    /** (heap with N − heap with 1) / (N − 1), MiB; negative when the collector left less behind. */
    public double heapMiBPerRegion() {
        return (memoryAll.heapUsedKiB() - memoryOne.heapUsedKiB()) / 1024.0 / (regions - 1);
    }

    public double rssMiBPerRegion() {
        return (memoryAll.rssKiB() - memoryOne.rssKiB()) / 1024.0 / (regions - 1);
    }

    /** Median of the spread reads over the median of the one-region reads. */
    public double readRatio() {
        return readsSpread.median() / readsOneActive.median();
    }

    public boolean startMeetsTarget() {
        return startAll.firstRequestSeconds() < START_TARGET_SECONDS;
    }

    public boolean heapMeetsTarget() {
        return heapMiBPerRegion() < HEAP_TARGET_MIB_PER_REGION;
    }

    public boolean readMeetsTarget() {
        return readRatio() <= READ_TARGET_RATIO;
    }

    /** {@code start < 15 s met; heap < 2 MiB/region met; reads ≤ +10 % **missed**}. */
    public String targets() {
        return "start < 15 s " + BenchmarksFile.verdict(startMeetsTarget())
                + "; heap < 2 MiB/region " + BenchmarksFile.verdict(heapMeetsTarget())
                + "; spread reads ≤ +10 % " + BenchmarksFile.verdict(readMeetsTarget());
    }

    public static final String TABLE_HEADER = "| Date (UTC) | Commit | Machine | Load avg 1/5/15 before → after | Command "
            + "| Regions | Onboarding s/region median / p95 (total) | Start 1 → N regions: ready (first read) "
            + "| Heap after GC 1 → N (per region) | RSS 1 → N (per region) | Read ms p50 / p95 / p99: 1 of 1 · 1 of N · spread over N "
            + "| Spread / one (p50) | Server DB connections (pool max) | Targets | Notes |";
    public static final String TABLE_RULE = "|---|---|---|---|---|--:|---|---|---|---|---|--:|---|---|---|";

    public static final BenchmarksSection SECTION = new BenchmarksSection("""
            ## Many regions in one deployment

            One command (`bench/tenants/run.sh [--regions 85]`, see `bench/tenants/README.md`) does a whole run
            and adds a row here (issue "benchmarks at national scale", item 3):

            1. a private embedded PostgreSQL and the provisioned WildFly with the WAR (port offset 800), with an
               empty `tenants/` folder;
            2. **onboarding**: the federal operator onboards Russia's federal subjects (`r61` Rostov oblast
               first, then `r01` … `r92`) one by one through `POST /api/platform/regions`, each timed;
               each region then gets one school and a few generated students (bulk import);
            3. **start**: the server is restarted with 1 region, and again with all N (every schema
               stamped current, so the bootstrap skips Liquibase): from the launch of `standalone.sh` to
               `/health/ready` UP with the application's check, and (in parentheses) to the first
               authorized read answered 200;
            4. **memory**: after each restart and a warm-up of reads, `jcmd GC.run`, then the heap in use
               (`jcmd GC.heap_info`) and the process's `VmRSS`;
            5. **reads**: `GET /api/registry/students/{id}` of a seeded student with the region's
               education-ministry token, sequential, after a warm-up: with 1 region deployed; then with N
               deployed, the reads of one region ("1 of N") against the same number spread round-robin over
               all N, in alternating blocks so that the shared machine's load falls on both alike;
            6. **one pool**: the server's client connections in `pg_stat_activity` after the spread reads,
               against the datasource's `max-pool-size` (`KONTINGENT_DB_POOL_MAX`, 20): one pool for all
               regions, whatever their count.

            Targets: start with N up-to-date regions < 15 s (to the first read); heap growth < 2 MiB per
            region; reads spread over N within 10 % of reads of one region (medians). A miss is recorded
            as a miss. The machines are shared with other engineers' test servers: read every figure with
            its load average (`/proc/loadavg` before the first onboarding and after the last read); the
            WildFly JVM runs with `standalone.conf`'s `-Xmx512m`.

            """, TABLE_HEADER, TABLE_RULE);

    /** The BENCHMARKS.md row of this run. */
    public String row(ZonedDateTime date, String commit, Machine machine, String loads, String command,
            List<String> notes) {
        Percentiles onboarding = onboarding();
        return BenchmarksFile.runRow(date, commit, machine, loads, command,
                Integer.toString(regions),
                String.format(Locale.ROOT, "%.2f / %.2f (%.0f s)", onboarding.median(), onboarding.percentile(95),
                        onboarding.sum()),
                startOne + " → " + startAll,
                String.format(Locale.ROOT, "%s → %s (%+.2f MiB)", JvmMemory.mib(memoryOne.heapUsedKiB()),
                        JvmMemory.mib(memoryAll.heapUsedKiB()), heapMiBPerRegion()),
                String.format(Locale.ROOT, "%s → %s (%+.2f MiB)", JvmMemory.mib(memoryOne.rssKiB()),
                        JvmMemory.mib(memoryAll.rssKiB()), rssMiBPerRegion()),
                readsOneDeployed.p50p95p99() + " · " + readsOneActive.p50p95p99() + " · " + readsSpread.p50p95p99(),
                String.format(Locale.ROOT, "%.2f", readRatio()),
                serverConnections + " (" + poolMax + ")",
                targets(),
                String.join("; ", notes));
    }
}
