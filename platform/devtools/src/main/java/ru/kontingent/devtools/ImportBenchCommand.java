package ru.kontingent.devtools;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import ru.kontingent.devtools.bench.BenchFigures;
import ru.kontingent.devtools.bench.BenchRun;
import ru.kontingent.devtools.bench.BenchmarksFile;
import ru.kontingent.devtools.bench.CopyBaseline;
import ru.kontingent.devtools.bench.CopyRows;
import ru.kontingent.devtools.bench.CpuSnapshot;
import ru.kontingent.devtools.bench.LoadAverage;
import ru.kontingent.devtools.bench.Machine;
import ru.kontingent.devtools.bench.PhaseCpu;
import ru.kontingent.devtools.bench.ResultTable;
import ru.kontingent.devtools.bulkimport.ImportResult;
import ru.kontingent.devtools.bulkimport.ImportSession;
import ru.kontingent.devtools.bulkimport.RegistryCalls;
import ru.kontingent.devtools.synthetic.RegionFileWriter;
import ru.kontingent.devtools.synthetic.SnilsSequence;
import ru.kontingent.devtools.synthetic.StudentFileFormat;
import ru.kontingent.devtools.synthetic.SyntheticRegion;

/**
 * {@code bench-import}: the bulk import benchmark, unattended, with its baseline in the same run.
 * A private PostgreSQL and WildFly (port offset 700), a school registered by the education ministry
 * of r61, N generated students imported over HTTP (then again, all unchanged), the same students
 * loaded by a raw COPY into a bare table; the table of figures printed and added to BENCHMARKS.md.
 * Server and database are stopped at the end whatever happens.
 */
final class ImportBenchCommand implements Subcommand {

    static final int DEFAULT_STUDENTS = 100_000;
    static final int DEFAULT_PORT_OFFSET = 700;
    static final int DEFAULT_START_TIMEOUT_SECONDS = 600;
    static final String REGION = "r61";
    static final int COPY_RUNS = 3;
    /** Set by bench/import/run.sh to the command line the user typed, for the BENCHMARKS.md row. */
    static final String COMMAND_VARIABLE = "KONTINGENT_BENCH_COMMAND";
    static final String NO_RESULTS = "none";

    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(8);
    private static final String READINESS_CHECK = "kontingent-catalog";
    /** The README's school: a valid INN and OGRN of a Rostov-on-Don organization. */
    static final String ORGANIZATION_JSON = """
            {"inn":"6164101016","ogrn":"1026103168783","kind":"SCHOOL","fullName":"МБОУ СОШ № 1",
             "municipality":"Ростов-на-Дону","address":"ул. Садовая, 1"}""";
    private static final DateTimeFormatter RUN_DIR_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    @Override
    public Set<String> options() {
        return Set.of("students", "format", "port-offset", "server-home", "war", "tenants", "work", "results",
                "start-timeout");
    }

    @Override
    public int run(CliArguments arguments, DevWorkspace workspace) throws Exception {
        int students = arguments.intValue("students", DEFAULT_STUDENTS, 1, SnilsSequence.MAX_STUDENTS);
        int portOffset = arguments.intValue("port-offset", DEFAULT_PORT_OFFSET, 0, 50_000);
        int startTimeout = arguments.intValue("start-timeout", DEFAULT_START_TIMEOUT_SECONDS, 10, 24 * 3600);
        StudentFileFormat format = arguments.value("format").map(name -> StudentFileFormat.named(name)
                        .orElseThrow(() -> new UsageException("--format must be ndjson or csv, got '" + name + "'")))
                .orElse(StudentFileFormat.NDJSON);
        Path serverHome = arguments.value("server-home").map(workspace::resolve).orElseGet(() ->
                workspace.requireRepoRoot("--server-home DIR").resolve("platform/server/target/server"));
        Path war = war(arguments, workspace, serverHome);
        Path tenantsDir = arguments.value("tenants").map(workspace::resolve).orElseGet(() ->
                workspace.requireRepoRoot("--tenants DIR").resolve("tenants"));
        Path workRoot = arguments.value("work").map(workspace::resolve).orElseGet(() ->
                workspace.requireRepoRoot("--work DIR").resolve("bench/import/work"));
        Optional<Path> results = results(arguments, workspace);
        if (!Files.isRegularFile(WildFlyProcess.launcher(serverHome))) {
            throw new IllegalStateException("no provisioned WildFly at " + serverHome
                    + "; build it first: ./mvnw -DskipTests package");
        }
        if (!Files.isDirectory(tenantsDir.toAbsolutePath())) {
            throw new IllegalStateException("no tenants directory at " + tenantsDir + "; region " + REGION
                    + " must be declared there");
        }
        Optional<Integer> busy = ServerBaseDir.busyPort(portOffset);
        if (busy.isPresent()) {
            throw new IllegalStateException("port " + busy.get() + " is in use (another server?); pass another"
                    + " --port-offset than " + portOffset);
        }

        ZonedDateTime date = ZonedDateTime.now(ZoneOffset.UTC);
        Path runDir = Files.createDirectories(workRoot.resolve("run-" + date.format(RUN_DIR_TIME)));
        String command = Optional.ofNullable(System.getenv(COMMAND_VARIABLE)).filter(text -> !text.isBlank())
                .orElse("kontingent bench-import --students " + students
                        + (format == StudentFileFormat.NDJSON ? "" : " --format csv"));
        String commit = commit(workspace);
        Machine machine = Machine.current();
        say("import benchmark: " + String.format(Locale.ROOT, "%,d", students) + " students, " + machine.describe()
                + ", load " + LoadAverage.describeNow() + ", commit " + commit);
        say("server home " + serverHome + ", WAR " + war + " (built "
                + Files.getLastModifiedTime(war).toInstant().truncatedTo(ChronoUnit.SECONDS) + ")");
        say("run directory " + runDir + " (server log in server/standalone/log)");

        Path importFile = runDir.resolve("students-" + students + "." + format.name().toLowerCase(Locale.ROOT));
        Path copyFile = runDir.resolve("students-" + students + ".copy");
        ShutdownSequence shutdown = ShutdownSequence.registeredAsShutdownHook();
        try {
            Database database = shutdown.push(EmbeddedCluster.start(null));
            DevKeys keys = DevKeys.loadOrCreate(runDir.resolve("keys"));
            Path baseDir = ServerBaseDir.prepare(serverHome, war, runDir.resolve("server"));
            Path consoleLog = runDir.resolve("server-console.log");
            say("starting WildFly (port offset " + portOffset + "; console in " + consoleLog + ")...");
            long bootStarted = System.nanoTime();
            WildFlyProcess wildFly = shutdown.push(WildFlyProcess.launch(serverHome,
                    RunCommand.serverEnvironment(database, keys, tenantsDir),
                    ServerBaseDir.serverArguments(portOffset, baseDir), consoleLog));
            awaitReady(URI.create("http://localhost:" + (RunCommand.MANAGEMENT_PORT + portOffset) + "/health/ready"),
                    wildFly, Duration.ofSeconds(startTimeout), consoleLog);
            say(String.format(Locale.ROOT, "server ready in %.0f s", seconds(bootStarted)));

            String url = "http://localhost:" + (RunCommand.HTTP_PORT + portOffset);
            String token = new TokenMinter(keys.privateKey(), TokenMinter.DEFAULT_ISSUER, TokenMinter.DEFAULT_AUDIENCE)
                    .mint(TokenSpec.educationMinistry(REGION).withLifetime(TOKEN_LIFETIME));
            UUID organization = new RegistryCalls(url, token).registerOrganization(ORGANIZATION_JSON);
            say("registered organization " + organization + " in " + REGION);

            SyntheticRegion region = new SyntheticRegion(GenerateCommand.DEFAULT_SEED, REGION, List.of(organization));
            long generated = System.nanoTime();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(importFile), 1 << 16)) {
                RegionFileWriter.write(region, students, format, out, written -> { });
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(copyFile), 1 << 16)) {
                CopyRows.write(region, students, out);
            }
            say(String.format(Locale.ROOT, "generated %s (%.1f MiB) and the COPY rows (%.1f MiB) in %.1f s",
                    importFile.getFileName(), Files.size(importFile) / 1048576.0, Files.size(copyFile) / 1048576.0,
                    seconds(generated)));

            ProcessHandle postmaster = postmaster(database);
            CpuMeter cpu = new CpuMeter(wildFly, postmaster, machine.cpus());
            Optional<LoadAverage> loadBefore = LoadAverage.now();
            ImportSession session = new ImportSession(url, token, POLL_INTERVAL, System.out, System.err,
                    System.console() != null);

            say("import 1 of 2: every student new (load " + LoadAverage.describeNow() + ")");
            CpuMeter.Mark mark = cpu.mark();
            ImportResult first = session.execute(importFile, format, StandardCharsets.UTF_8);
            PhaseCpu firstCpu = cpu.since(mark, "import", first.seconds());
            require(first, "the first import");

            say("import 2 of 2: the same file, every line unchanged (load " + LoadAverage.describeNow() + ")");
            mark = cpu.mark();
            ImportResult second = session.execute(importFile, format, StandardCharsets.UTF_8);
            PhaseCpu secondCpu = cpu.since(mark, "re-import", second.seconds());
            require(second, "the re-import");

            say("baseline: raw COPY of the same " + String.format(Locale.ROOT, "%,d", students) + " students, "
                    + COPY_RUNS + " runs (load " + LoadAverage.describeNow() + ")");
            Duration clientBefore = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
            long copyStarted = System.nanoTime();
            CopyBaseline.Result copy = CopyBaseline.run(database.jdbcUrl(), database.migrationUser(), database.migrationPassword(),
                    copyFile, COPY_RUNS);
            // The COPY's backend ends with its connection: CopyBaseline measures it while it lives.
            PhaseCpu copyCpu = new PhaseCpu("COPY x" + COPY_RUNS, seconds(copyStarted), machine.cpus(), Duration.ZERO,
                    copy.backendCpu(), ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO)
                            .minus(clientBefore));
            say("COPY runs: " + copy.seconds().stream().map(s -> String.format(Locale.ROOT, "%.2f s", s)).toList()
                    + ", median " + String.format(Locale.ROOT, "%.2f s", copy.medianSeconds()));
            Optional<LoadAverage> loadAfter = LoadAverage.now();

            BenchFigures figures = new BenchFigures(first.linesTotal(), first.seconds(), first.serverSeconds(),
                    second.linesDone(), second.seconds(), copy.rows(), copy.medianSeconds());
            BenchRun run = new BenchRun(date, commit, machine, loadBefore.orElse(null), loadAfter.orElse(null),
                    command, format.name().toLowerCase(Locale.ROOT), figures, first.accepted(), first.rejected(),
                    second.unchanged(), List.of(firstCpu.brief()));

            System.out.println();
            System.out.print(ResultTable.render(run));
            System.out.println("  " + firstCpu.describe());
            System.out.println("  " + secondCpu.describe());
            System.out.println("  " + copyCpu.describe());
            System.out.println();
            printLargestTables(database);
            if (results.isPresent()) {
                BenchmarksFile.append(results.get(), run);
                System.out.println("Recorded in " + results.get());
            }
            return 0;
        } finally {
            shutdown.run();
            deleteQuietly(importFile);
            deleteQuietly(copyFile);
            say("logs kept in " + runDir);
        }
    }

    /** --results FILE, or none for no record; else BENCHMARKS.md at the repository root. */
    static Optional<Path> results(CliArguments arguments, DevWorkspace workspace) {
        Optional<String> given = arguments.value("results");
        if (given.isEmpty()) {
            return Optional.of(workspace.requireRepoRoot("--results FILE|none").resolve("BENCHMARKS.md"));
        }
        return given.get().equals(NO_RESULTS) ? Optional.empty() : Optional.of(workspace.resolve(given.get()));
    }

    /** --war, else the build's WAR, else the one a home provisioned with the application holds. */
    private static Path war(CliArguments arguments, DevWorkspace workspace, Path serverHome) {
        if (arguments.value("war").isPresent()) {
            Path war = workspace.resolve(arguments.value("war").get());
            if (!Files.isRegularFile(war)) {
                throw new UsageException("no WAR at " + war);
            }
            return war;
        }
        Optional<Path> built = workspace.repoRoot().map(root -> root.resolve("platform/server/target/kontingent.war"))
                .filter(Files::isRegularFile);
        return built.or(() -> ServerBaseDir.deployedWar(serverHome)).orElseThrow(() -> new IllegalStateException(
                "no application to deploy: neither platform/server/target/kontingent.war nor a WAR in " + serverHome
                        + "/standalone/deployments; build first: ./mvnw -DskipTests package"));
    }

    /**
     * The management interface's readiness, with the application's own check in it: WildFly is
     * ready before the scanner has deployed the WAR.
     */
    private static void awaitReady(URI ready, WildFlyProcess wildFly, Duration timeout, Path consoleLog)
            throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (true) {
            if (!wildFly.isAlive()) {
                throw new IllegalStateException("WildFly stopped while starting; see " + consoleLog);
            }
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5))
                        .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (answer.statusCode() == 200 && answer.body().contains(READINESS_CHECK)) {
                    return;
                }
                last = "HTTP " + answer.statusCode() + " " + answer.body().replaceAll("\\s+", " ");
            } catch (IOException e) {
                last = e.toString();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the server was not ready after " + timeout.toSeconds() + " s ("
                        + ready + ": " + last + "); see " + consoleLog);
            }
            TimeUnit.SECONDS.sleep(1);
        }
    }

    private static void require(ImportResult result, String what) {
        if (!result.completed()) {
            throw new IllegalStateException(what + " did not complete (" + result.outcome() + "); nothing recorded");
        }
    }

    /** The database's server process, parent of every backend: found from a backend of our own. */
    private static ProcessHandle postmaster(Database database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.migrationUser(),
                database.migrationPassword());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT pg_backend_pid()")) {
            rows.next();
            long backend = rows.getLong(1);
            return ProcessHandle.of(backend).flatMap(ProcessHandle::parent)
                    .orElseThrow(() -> new IllegalStateException("cannot see the PostgreSQL processes (pid "
                            + backend + ")"));
        }
    }

    /** What the run left in the database, largest first: where the import's bytes went. */
    private static void printLargestTables(Database database) {
        String query = """
                SELECT schemaname || '.' || relname, n_live_tup, pg_total_relation_size(relid),
                       pg_indexes_size(relid)
                FROM pg_stat_user_tables ORDER BY pg_total_relation_size(relid) DESC LIMIT 10""";
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.migrationUser(),
                database.migrationPassword());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            System.out.println("Largest tables after the run (rows, total size, of which indexes):");
            while (rows.next()) {
                System.out.printf(Locale.ROOT, "  %-40s %,12d %10.1f MiB %10.1f MiB%n", rows.getString(1),
                        rows.getLong(2), rows.getLong(3) / 1048576.0, rows.getLong(4) / 1048576.0);
            }
            System.out.println();
        } catch (SQLException e) {
            say("could not list the tables: " + e.getMessage());
        }
    }

    /** The short commit of the repository, with "+changes" when tracked files differ from it. */
    private static String commit(DevWorkspace workspace) {
        Optional<Path> root = workspace.repoRoot();
        if (root.isEmpty()) {
            return "unknown";
        }
        Optional<String> head = git(root.get(), "rev-parse", "--short", "HEAD");
        if (head.isEmpty()) {
            return "unknown";
        }
        boolean changed = git(root.get(), "status", "--porcelain", "--untracked-files=no")
                .map(status -> !status.isBlank()).orElse(false);
        return head.get().strip() + (changed ? "+changes" : "");
    }

    private static Optional<String> git(Path root, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
        command.addAll(List.of(args));
        try {
            Process git = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            say("could not delete " + file + ": " + e.getMessage());
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static void say(String text) {
        System.err.println("kontingent: " + text);
    }

    /** CPU snapshots of the three parties: the WildFly JVM, PostgreSQL with its backends, this JVM. */
    private record CpuMeter(WildFlyProcess wildFly, ProcessHandle postmaster, int cores) {

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
}
