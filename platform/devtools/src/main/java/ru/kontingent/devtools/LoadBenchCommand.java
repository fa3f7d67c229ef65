package ru.kontingent.devtools;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import ru.kontingent.devtools.RegionSeeder.SeededRegion;
import ru.kontingent.devtools.bench.BenchmarksFile;
import ru.kontingent.devtools.bench.LoadAverage;
import ru.kontingent.devtools.bench.LoadBenchFigures;
import ru.kontingent.devtools.bench.Machine;
import ru.kontingent.devtools.bench.PhaseCpu;
import ru.kontingent.devtools.bench.WrkResult;
import ru.kontingent.devtools.synthetic.SnilsSequence;
import ru.kontingent.devtools.synthetic.SyntheticSchools;

/**
 * {@code bench-load}: the API under a mixed workload from concurrent clients (wrk over loopback)
 * against the server's no-op endpoint under the same settings in the same run. See
 * bench/load/README.md; the row goes to BENCHMARKS.md.
 */
final class LoadBenchCommand implements Subcommand {

    static final int DEFAULT_STUDENTS = 100_000;
    static final int DEFAULT_PORT_OFFSET = 2000;
    static final int DEFAULT_THREADS = 2;
    static final int DEFAULT_CONNECTIONS = 16;
    static final int DEFAULT_DURATION_SECONDS = 30;
    static final int DEFAULT_WARMUP_SECONDS = 15;
    static final String REGION = "r61";
    static final String MIX = "mix:70,15,10,5";
    static final String READS_ONLY = "mix:100,0,0,0";
    static final String NOOP = "noop";
    static final String REPORT_PATH = "/api/reports/registry.contingent-by-organization?asOf=2025-09-15";
    /** After every generated enrollment's start (2025-09-01 at the latest): transfers on these days are valid. */
    static final LocalDate FIRST_TRANSFER_DATE = LocalDate.of(2025, 10, 1);
    static final int TRANSFER_DATES = 200;
    /** The warm-up's transfers use the first dates, the measured run's start here: never twice on one day. */
    static final int MEASURED_FIRST_DATE = 101;
    private static final int SEARCH_TERMS = 5_000;
    private static final String SCRIPT_RESOURCE = "bench/load-mix.lua";

    @Override
    public Set<String> options() {
        return BenchSettings.optionsWith("students", "schools", "threads", "connections", "duration", "warmup", "wrk");
    }

    @Override
    public int run(CliArguments arguments, DevWorkspace workspace) throws Exception {
        int students = arguments.intValue("students", DEFAULT_STUDENTS, 1, SnilsSequence.MAX_STUDENTS);
        int schools = arguments.intValue("schools", SyntheticSchools.DEFAULT_COUNT, 2, SyntheticSchools.MAX_SCHOOLS);
        int threads = arguments.intValue("threads", DEFAULT_THREADS, 1, 64);
        int connections = arguments.intValue("connections", DEFAULT_CONNECTIONS, 1, 10_000);
        int duration = arguments.intValue("duration", DEFAULT_DURATION_SECONDS, 5, 3600);
        int warmup = arguments.intValue("warmup", DEFAULT_WARMUP_SECONDS, 0, 3600);
        if (connections < threads) {
            throw new UsageException("--connections must be at least --threads (wrk gives each thread a connection)");
        }
        Path wrk = wrk(arguments.value("wrk"));
        BenchSettings settings = BenchSettings.parse(arguments, workspace, DEFAULT_PORT_OFFSET, "load");
        settings.requireUsable();

        ZonedDateTime date = ZonedDateTime.now(ZoneOffset.UTC);
        Path runDir = settings.newRunDir(date);
        String command = BenchSettings.command("kontingent bench-load --students " + students);
        String commit = BenchSettings.commit(workspace);
        Machine machine = Machine.current();
        String wrkSettings = String.format(Locale.ROOT, "-t%d -c%d -d%ds", threads, connections, duration);
        say(String.format(Locale.ROOT, "load benchmark: %,d students in %,d schools of %s, wrk %s, %s, load %s, commit %s",
                students, schools, REGION, wrkSettings, machine.describe(), LoadAverage.describeNow(), commit));
        say("run directory " + runDir + " (server log in server/standalone/log)");

        ShutdownSequence shutdown = ShutdownSequence.registeredAsShutdownHook();
        try {
            BenchServer server = BenchServer.start(settings, runDir, settings.tenantsDir(), shutdown);
            RegionSeeder seeder = new RegionSeeder(server, runDir, System.out, System.err, System.console() != null);
            long seedStarted = System.nanoTime();
            SeededRegion region = seeder.seed(REGION,
                    IntStream.range(0, schools).mapToObj(SyntheticSchools::json).toList(), students);
            say(String.format(Locale.ROOT, "registered %,d schools, imported %,d students and loaded %,d ended"
                    + " enrollments in %.0f s", schools, students, seeder.lastHistoryRows(),
                    (System.nanoTime() - seedStarted) / 1e9));

            Path data = Files.createDirectories(runDir.resolve("wrk-data"));
            writeData(server, region, data);
            Path script = runDir.resolve("load-mix.lua");
            try (InputStream lua = LoadBenchCommand.class.getResourceAsStream(SCRIPT_RESOURCE)) {
                Files.copy(lua, script);
            }
            CpuMeter cpu = new CpuMeter(server.wildFly(), server.postmaster(), machine.cpus());
            WrkRunner runner = new WrkRunner(wrk, script, server.apiUrl(), data, threads, connections, runDir, cpu);

            if (warmup > 0) {
                say("warm-up: " + warmup + " s of the mix, " + warmup + " s of the no-op (not recorded)");
                runner.run("warmup-mix", MIX, warmup, 1);
                runner.run("warmup-noop", NOOP, warmup, 1);
            }
            Optional<LoadAverage> loadBefore = LoadAverage.now();
            WrkResult noop = runner.run("no-op", NOOP, duration, 1);
            say("no-op GET /api/me: " + noop.describe());
            WrkResult reads = runner.run("reads", READS_ONLY, duration, 1);
            say("reads by id:       " + reads.describe());
            long auditBefore = count(server, "select count(*) from region_" + REGION + ".audit_event");
            WrkResult mixed = runner.run("mixed", MIX, duration, MEASURED_FIRST_DATE);
            say("mixed 70/15/10/5:  " + mixed.describe());
            long auditEvents = count(server, "select count(*) from region_" + REGION + ".audit_event") - auditBefore;
            long transfers = count(server, "select count(*) from region_" + REGION + ".enrollment where end_reason ="
                    + " 'TRANSFERRED' and end_date >= date '" + FIRST_TRANSFER_DATE.plusDays(MEASURED_FIRST_DATE - 1) + "'");
            Optional<LoadAverage> loadAfter = LoadAverage.now();
            String loads = loadBefore.map(LoadAverage::toString).orElse("unknown") + " → "
                    + loadAfter.map(LoadAverage::toString).orElse("unknown");

            String cpuPerRequest = "CPU ms/request WildFly + PostgreSQL: " + String.join(", ",
                    runner.cpuPerRequest("no-op"), runner.cpuPerRequest("reads"), runner.cpuPerRequest("mixed"));
            say(cpuPerRequest);
            LoadBenchFigures figures = new LoadBenchFigures(students, schools, wrkSettings, noop, reads, mixed,
                    auditEvents, transfers);
            System.out.println();
            System.out.printf(Locale.ROOT, "API load benchmark, %,d students in %,d schools, wrk %s, commit %s, %s, load %s%n",
                    students, schools, wrkSettings, commit, machine.describe(), loads);
            System.out.printf(Locale.ROOT, "  command: %s%n%n", command);
            System.out.printf(Locale.ROOT, "  no-op GET /api/me   %s%n", noop.describe());
            System.out.printf(Locale.ROOT, "  reads by id         %s  (%.0f %% of the no-op; target >= 50 %%: %s)%n",
                    reads.describe(), figures.readRatio() * 100, figures.readsMeetTarget() ? "met" : "MISSED");
            System.out.printf(Locale.ROOT, "  mixed 70/15/10/5    %s  (%.0f %% of the no-op)%n", mixed.describe(),
                    figures.mixedRatio() * 100);
            System.out.printf(Locale.ROOT, "  p99 < 50 ms (reads and mix): %s%n", figures.p99MeetsTarget() ? "met" : "MISSED");
            System.out.printf(Locale.ROOT, "  %s%n", cpuPerRequest);
            System.out.printf(Locale.ROOT, "  mixed requests: %,d reads, %,d searches, %,d transfers, %,d reports;"
                    + " audit events written %,d; transfers stored %,d; non-2xx + socket errors over all runs %,d%n%n",
                    mixed.reads(), mixed.searches(), mixed.writes(), mixed.reports(), auditEvents, transfers,
                    figures.failedRequests());
            if (settings.results().isPresent()) {
                String notes = String.format(Locale.ROOT, "%s; %s; wrk on the same 2 cores; %,d ended enrollments seeded",
                        cpuPerRequest, "closed loop, one warm-up of " + warmup + " s each", seeder.lastHistoryRows());
                BenchmarksFile.append(settings.results().get(), LoadBenchFigures.SECTION,
                        List.of(figures.row(date, commit, machine, loads, command, notes)));
                System.out.println("Recorded in " + settings.results().get());
            }
            return 0;
        } finally {
            shutdown.run();
            say("logs kept in " + runDir);
        }
    }

    /** The files the Lua script reads: ids, transfer candidates, school tokens, searches, dates. */
    private static void writeData(BenchServer server, SeededRegion region, Path data) throws IOException, SQLException {
        String schema = "region_" + REGION;
        List<String> ids = column(server, "select id from " + schema + ".student order by id");
        List<String> movers = column(server, "select student_id from " + schema + ".enrollment where end_date is null"
                + " and program = 'BASIC' order by md5(student_id::text)");
        List<String> schools = new ArrayList<>();
        for (String id : column(server, "select id from " + schema + ".organization order by id")) {
            schools.add(id + " " + server.minter().mint(TokenSpec.schoolOperator(REGION, id)
                    .withLifetime(RegionSeeder.TOKEN_LIFETIME)));
        }
        List<String> searches = new ArrayList<>();
        for (String row : column(server, "select split_part(search_name, ' ', 1) || ' ' || split_part(search_name, ' ', 2)"
                + " || '|' || birth_date from " + schema + ".student order by md5(id::text) limit " + SEARCH_TERMS)) {
            String[] parts = row.split("\\|");
            searches.add("q=" + URLEncoder.encode(parts[0], StandardCharsets.UTF_8) + "&birthDate=" + parts[1]);
        }
        List<String> dates = IntStream.range(0, TRANSFER_DATES).mapToObj(day -> FIRST_TRANSFER_DATE.plusDays(day).toString())
                .toList();
        Files.writeString(data.resolve("token.txt"), region.educationToken() + "\n");
        Files.write(data.resolve("ids.txt"), ids);
        Files.write(data.resolve("movers.txt"), movers);
        Files.write(data.resolve("schools.txt"), schools);
        Files.write(data.resolve("searches.txt"), searches);
        Files.write(data.resolve("dates.txt"), dates);
        Files.writeString(data.resolve("report.txt"), REPORT_PATH + "\n");
        say(String.format(Locale.ROOT, "wrk data: %,d students, %,d with a school, %,d school tokens, %,d searches",
                ids.size(), movers.size(), schools.size(), searches.size()));
    }

    private static List<String> column(BenchServer server, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = server.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static long count(BenchServer server, String sql) throws SQLException {
        try (Connection connection = server.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** --wrk PATH, else wrk on the PATH (bench/load/run.sh installs the Debian package when missing). */
    static Path wrk(Optional<String> given) {
        if (given.isPresent()) {
            Path path = Path.of(given.get());
            if (!Files.isExecutable(path)) {
                throw new UsageException("--wrk " + path + " is not an executable");
            }
            return path;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "wrk");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("wrk is not installed: apt-get install wrk (bench/load/run.sh does it), or --wrk PATH");
    }

    /**
     * One wrk process per run, its whole output kept in the run directory, and the CPU the server
     * and the database spent on it: per request, a figure the neighbours' load moves far less than
     * the throughput.
     */
    private static final class WrkRunner {

        private final Path wrk;
        private final Path script;
        private final String url;
        private final Path data;
        private final int threads;
        private final int connections;
        private final Path runDir;
        private final CpuMeter cpu;
        private final java.util.Map<String, String> cpuPerRequest = new java.util.HashMap<>();

        WrkRunner(Path wrk, Path script, String url, Path data, int threads, int connections, Path runDir, CpuMeter cpu) {
            this.wrk = wrk;
            this.script = script;
            this.url = url;
            this.data = data;
            this.threads = threads;
            this.connections = connections;
            this.runDir = runDir;
            this.cpu = cpu;
        }

        /** {@code reads 2.10 + 1.30}: CPU ms per request of WildFly and of PostgreSQL in that run. */
        String cpuPerRequest(String name) {
            return name + " " + cpuPerRequest.getOrDefault(name, "?");
        }

        WrkResult run(String name, String mode, int seconds, int firstDate) throws IOException, InterruptedException {
            CpuMeter.Mark before = cpu.mark();
            WrkResult result = runWrk(name, mode, seconds, firstDate);
            PhaseCpu spent = cpu.since(before, name, result.seconds());
            double requests = Math.max(1, result.requests());
            cpuPerRequest.put(name, String.format(Locale.ROOT, "%.2f + %.2f", spent.server().toNanos() / 1e6 / requests,
                    spent.database().toNanos() / 1e6 / requests));
            return result;
        }

        private WrkResult runWrk(String name, String mode, int seconds, int firstDate) throws IOException,
                InterruptedException {
            Path output = runDir.resolve("wrk-" + name + ".txt");
            List<String> command = List.of(wrk.toString(), "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                    "--timeout", "10s", "--latency", "-s", script.toString(), url.replace("localhost", "127.0.0.1"),
                    "--", data.toString(), mode, Integer.toString(threads), Integer.toString(firstDate));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(seconds + 120L, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("wrk did not finish its " + seconds + " s run; see " + output);
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            return WrkResult.find(text).orElseThrow(() -> new IllegalStateException("wrk (" + name + ") exited "
                    + process.exitValue() + " without a result; see " + output + ":\n" + text));
        }
    }

    private static void say(String text) {
        System.err.println("kontingent: " + text);
    }
}
