package ru.kontingent.devtools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import ru.kontingent.devtools.RegionSeeder.SeededRegion;
import ru.kontingent.devtools.bench.BenchmarksFile;
import ru.kontingent.devtools.bench.FederalSubjects;
import ru.kontingent.devtools.bench.FederalSubjects.Subject;
import ru.kontingent.devtools.bench.JvmMemory;
import ru.kontingent.devtools.bench.LoadAverage;
import ru.kontingent.devtools.bench.Machine;
import ru.kontingent.devtools.bench.Percentiles;
import ru.kontingent.devtools.bench.TenantsBenchFigures;
import ru.kontingent.devtools.bench.TenantsBenchFigures.StartTime;
import ru.kontingent.devtools.bench.TimedHttp;
import ru.kontingent.devtools.bulkimport.ProgressLine;

/**
 * {@code bench-tenants}: N regions (Russia's federal subjects) in one deployment. Onboarding time per
 * region; server start with 1 and with N up-to-date regions; heap and RSS after a full GC with 1 and
 * N; read latency of one region against reads spread over all N; the server's database connections.
 * See bench/tenants/README.md; the row goes to BENCHMARKS.md.
 */
final class TenantsBenchCommand implements Subcommand {

    static final int DEFAULT_REGIONS = 85;
    static final int DEFAULT_PORT_OFFSET = 800;
    static final int DEFAULT_READS = 2000;
    /** Students imported per region: enough for a realistic schema, cheap for 85 regions. */
    static final int STUDENTS_PER_REGION = 20;
    static final int WARM_UP_READS = 1000;
    /** The one-region and spread reads alternate in blocks of this many, so a load spike hits both. */
    static final int BLOCK = 200;
    /** configure-server.cli: max-pool-size ${kontingent.db.pool.max:${env.KONTINGENT_DB_POOL_MAX:20}}. */
    static final int DEFAULT_POOL_MAX = 20;
    private static final String SERVER_CONNECTIONS = """
            select count(*) from pg_stat_activity
            where datname = current_database() and backend_type = 'client backend' and pid <> pg_backend_pid()""";

    private final TimedHttp http = new TimedHttp();

    @Override
    public Set<String> options() {
        return BenchSettings.optionsWith("regions", "reads");
    }

    @Override
    public int run(CliArguments arguments, DevWorkspace workspace) throws Exception {
        int count = arguments.intValue("regions", DEFAULT_REGIONS, 2, FederalSubjects.all().size());
        int reads = arguments.intValue("reads", DEFAULT_READS, BLOCK, 1_000_000);
        BenchSettings settings = BenchSettings.parse(arguments, workspace, DEFAULT_PORT_OFFSET, "tenants");
        settings.requireUsable();
        List<Subject> subjects = FederalSubjects.first(count);

        ZonedDateTime date = ZonedDateTime.now(ZoneOffset.UTC);
        Path runDir = settings.newRunDir(date);
        String command = BenchSettings.command("kontingent bench-tenants --regions " + count);
        String commit = BenchSettings.commit(workspace);
        Machine machine = Machine.current();
        say("tenants benchmark: " + count + " regions, " + reads + " reads a series, " + machine.describe()
                + ", load " + LoadAverage.describeNow() + ", commit " + commit);
        say("run directory " + runDir + " (server log in server/standalone/log, seeding in seed.log)");

        ShutdownSequence shutdown = ShutdownSequence.registeredAsShutdownHook();
        try (PrintStream seedLog = new PrintStream(Files.newOutputStream(runDir.resolve("seed.log")), true,
                StandardCharsets.UTF_8)) {
            // An empty tenants/: every region comes through the API, the first one included.
            Path noTenants = Files.createDirectories(runDir.resolve("tenants"));
            BenchServer server = BenchServer.start(settings, runDir, noTenants, shutdown);
            String federal = server.minter().mint(TokenSpec.federalOperator().withLifetime(RegionSeeder.TOKEN_LIFETIME));
            RegionSeeder seeder = new RegionSeeder(server, runDir, seedLog, seedLog, false);
            Optional<LoadAverage> loadBefore = LoadAverage.now();

            List<Double> onboarding = new ArrayList<>();
            onboarding.add(onboard(server, federal, subjects.get(0)));
            SeededRegion first = seeder.seed(subjects.get(0).code(), List.of(ImportBenchCommand.ORGANIZATION_JSON),
                    STUDENTS_PER_REGION);
            say(String.format(Locale.ROOT, "onboarded and seeded %s in %.2f s", first.code(), onboarding.get(0)));

            StartTime startOne = restart(server, first);
            readSeries(server, List.of(first), WARM_UP_READS, "warm-up, 1 region");
            JvmMemory memoryOne = memory(server);
            say("1 region: " + memoryOne.describe());
            List<Double> oneDeployed = readSeries(server, List.of(first), reads, "reads, 1 region deployed");

            ProgressLine progress = new ProgressLine(System.err, System.console() != null);
            for (int i = 1; i < count; i++) {
                Subject subject = subjects.get(i);
                onboarding.add(onboard(server, federal, subject));
                progress.show(String.format(Locale.ROOT, "kontingent: onboarding %d/%d: %s %s in %.2f s (load %s)",
                        i + 1, count, subject.code(), subject.name(), onboarding.get(i), LoadAverage.describeNow()));
            }
            progress.finish(String.format(Locale.ROOT, "kontingent: onboarded %d regions, %.0f s in all", count,
                    Percentiles.of(onboarding).sum()));
            List<SeededRegion> seeded = new ArrayList<>(List.of(first));
            for (int i = 1; i < count; i++) {
                seeded.add(seeder.seed(subjects.get(i).code(), List.of(ImportBenchCommand.ORGANIZATION_JSON),
                        STUDENTS_PER_REGION));
                progress.show(String.format(Locale.ROOT, "kontingent: seeding %d/%d (%s: a school, %d students)",
                        i + 1, count, subjects.get(i).code(), STUDENTS_PER_REGION));
            }
            progress.finish("kontingent: seeded " + count + " regions");

            StartTime startAll = restart(server, first);
            readSeries(server, seeded, WARM_UP_READS, "warm-up, spread over " + count);
            readSeries(server, List.of(first), WARM_UP_READS, "warm-up, 1 of " + count);
            JvmMemory memoryAll = memory(server);
            say(count + " regions: " + memoryAll.describe());

            List<Double> oneActive = new ArrayList<>();
            List<Double> spread = new ArrayList<>();
            int spreadNext = 0;
            for (int block = 0; block < reads / BLOCK; block++) {
                // Alternate which goes first, so neither always follows the other.
                boolean oneFirst = block % 2 == 0;
                for (int half = 0; half < 2; half++) {
                    if ((half == 0) == oneFirst) {
                        oneActive.addAll(read(server, List.of(first), 0, BLOCK));
                    } else {
                        spread.addAll(read(server, seeded, spreadNext, BLOCK));
                        spreadNext += BLOCK;
                    }
                }
                progress.show(String.format(Locale.ROOT, "kontingent: reads with %d regions: %,d/%,d (load %s)", count,
                        (block + 1) * BLOCK * 2, (reads / BLOCK) * BLOCK * 2, LoadAverage.describeNow()));
            }
            progress.finish("");
            int connections = serverConnections(server);
            Optional<LoadAverage> loadAfter = LoadAverage.now();

            TenantsBenchFigures figures = new TenantsBenchFigures(count, onboarding, startOne, startAll, memoryOne,
                    memoryAll, Percentiles.of(oneDeployed), Percentiles.of(oneActive), Percentiles.of(spread),
                    connections, poolMax());
            List<String> notes = new ArrayList<>();
            notes.add(String.format(Locale.ROOT, "%,d reads a series, %d students/region", reads, STUDENTS_PER_REGION));
            notes.add("metaspace " + JvmMemory.mib(memoryOne.metaspaceUsedKiB()) + " → "
                    + JvmMemory.mib(memoryAll.metaspaceUsedKiB()));
            notes.add("start log with " + count + ": " + String.join(", ",
                    BenchServer.describeStartLog(server.startLogFigures())));
            String loads = loadBefore.map(LoadAverage::toString).orElse("unknown") + " → "
                    + loadAfter.map(LoadAverage::toString).orElse("unknown");

            printSummary(figures, loads, command, commit, machine);
            if (settings.results().isPresent()) {
                BenchmarksFile.append(settings.results().get(), TenantsBenchFigures.SECTION,
                        List.of(figures.row(date, commit, machine, loads, command, notes)));
                System.out.println("Recorded in " + settings.results().get());
            }
            return 0;
        } finally {
            shutdown.run();
            say("logs kept in " + runDir);
        }
    }

    /** {@code POST /api/platform/regions}, stage 1, timed: the schema migrated and the catalog row written. */
    private double onboard(BenchServer server, String federalToken, Subject subject)
            throws IOException, InterruptedException {
        String json = "{\"code\":\"" + subject.code() + "\",\"name\":\"" + subject.name().replace("\"", "\\\"")
                + "\",\"stage\":1}";
        TimedHttp.Answer answer = http.postJson(server.apiUrl() + "/api/platform/regions", federalToken, json);
        if (answer.status() != 201) {
            throw new IllegalStateException("onboarding " + subject.code() + " failed: " + TimedHttp.brief(answer));
        }
        return answer.nanos() / 1e9;
    }

    /** Restarts the server and times it to readiness, then to the first read of a student answered 200. */
    private StartTime restart(BenchServer server, SeededRegion region) throws IOException, InterruptedException {
        Duration ready = server.restart();
        TimedHttp.Answer answer = http.get(studentUrl(server, region), region.educationToken());
        if (answer.status() != 200) {
            throw new IllegalStateException("the first read after the restart failed: " + TimedHttp.brief(answer));
        }
        StartTime start = new StartTime(ready.toNanos() / 1e9, server.sinceLaunch().toNanos() / 1e9);
        say("restarted: ready " + start + " to the first read; " + String.join(", ",
                BenchServer.describeStartLog(server.startLogFigures())));
        return start;
    }

    private List<Double> readSeries(BenchServer server, List<SeededRegion> regions, int reads, String what)
            throws IOException, InterruptedException {
        say(what + ": " + reads + " reads (load " + LoadAverage.describeNow() + ")");
        return read(server, regions, 0, reads);
    }

    /** Sequential reads round-robin over the regions from the given position; latency in ms each. */
    private List<Double> read(BenchServer server, List<SeededRegion> regions, int from, int reads) throws IOException, InterruptedException {
        List<Double> millis = new ArrayList<>(reads);
        for (int i = 0; i < reads; i++) {
            SeededRegion region = regions.get((from + i) % regions.size());
            TimedHttp.Answer answer = http.get(studentUrl(server, region), region.educationToken());
            if (answer.status() != 200) {
                throw new IllegalStateException("reading a student of " + region.code() + " failed: "
                        + TimedHttp.brief(answer));
            }
            millis.add(answer.millis());
        }
        return millis;
    }

    private static String studentUrl(BenchServer server, SeededRegion region) {
        return server.apiUrl() + "/api/registry/students/" + region.student();
    }

    private static JvmMemory memory(BenchServer server) throws IOException, InterruptedException {
        long pid = server.serverJvmPid().orElseThrow(() -> new IllegalStateException("cannot see the server's JVM"));
        return JvmMemory.measure(pid);
    }

    private static int serverConnections(BenchServer server) throws SQLException {
        try (Connection connection = server.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(SERVER_CONNECTIONS)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static int poolMax() {
        String configured = System.getenv("KONTINGENT_DB_POOL_MAX");
        try {
            return configured == null || configured.isBlank() ? DEFAULT_POOL_MAX : Integer.parseInt(configured.strip());
        } catch (NumberFormatException e) {
            return DEFAULT_POOL_MAX;
        }
    }

    private static void printSummary(TenantsBenchFigures figures, String loads, String command, String commit,
            Machine machine) {
        Percentiles onboarding = figures.onboarding();
        System.out.println();
        System.out.printf(Locale.ROOT, "Tenants benchmark, %d regions, commit %s, %s, load %s%n", figures.regions(),
                commit, machine.describe(), loads);
        System.out.printf(Locale.ROOT, "  command: %s%n%n", command);
        System.out.printf(Locale.ROOT, "  onboarding per region     median %.2f s, p95 %.2f s, max %.2f s, total %.0f s%n",
                onboarding.median(), onboarding.percentile(95), onboarding.max(), onboarding.sum());
        System.out.printf(Locale.ROOT, "  start, 1 region            ready %.1f s, first read %.1f s%n",
                figures.startOne().readySeconds(), figures.startOne().firstRequestSeconds());
        System.out.printf(Locale.ROOT, "  start, %d regions          ready %.1f s, first read %.1f s (target < %.0f s)%n",
                figures.regions(), figures.startAll().readySeconds(), figures.startAll().firstRequestSeconds(),
                TenantsBenchFigures.START_TARGET_SECONDS);
        System.out.printf(Locale.ROOT, "  after GC, 1 region         %s%n", figures.memoryOne().describe());
        System.out.printf(Locale.ROOT, "  after GC, %d regions       %s%n", figures.regions(), figures.memoryAll().describe());
        System.out.printf(Locale.ROOT, "  per region                 heap %+.2f MiB, RSS %+.2f MiB (target heap < %.0f MiB)%n",
                figures.heapMiBPerRegion(), figures.rssMiBPerRegion(), TenantsBenchFigures.HEAP_TARGET_MIB_PER_REGION);
        System.out.printf(Locale.ROOT, "  reads ms p50/p95/p99       1 region deployed:   %s%n",
                figures.readsOneDeployed().p50p95p99());
        System.out.printf(Locale.ROOT, "                             1 of %d regions:     %s%n", figures.regions(),
                figures.readsOneActive().p50p95p99());
        System.out.printf(Locale.ROOT, "                             spread over %d:      %s (p50 ratio %.2f, target <= %.2f)%n",
                figures.regions(), figures.readsSpread().p50p95p99(), figures.readRatio(),
                TenantsBenchFigures.READ_TARGET_RATIO);
        System.out.printf(Locale.ROOT, "  server DB connections      %d (pool max %d, one datasource for all regions)%n",
                figures.serverConnections(), figures.poolMax());
        System.out.printf(Locale.ROOT, "  targets                    %s%n%n", figures.targets().replace("**", ""));
    }

    private static void say(String text) {
        System.err.println("kontingent: " + text);
    }
}
