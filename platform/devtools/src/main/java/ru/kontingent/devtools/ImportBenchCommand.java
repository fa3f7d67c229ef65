package ru.kontingent.devtools;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import ru.kontingent.devtools.bench.BenchFigures;
import ru.kontingent.devtools.bench.BenchRun;
import ru.kontingent.devtools.bench.BenchmarksFile;
import ru.kontingent.devtools.bench.CopyBaseline;
import ru.kontingent.devtools.bench.CopyRows;
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
    static final String REGION = "r61";
    static final int COPY_RUNS = 3;

    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(8);
    /** The README's school: a valid INN and OGRN of a Rostov-on-Don organization. */
    static final String ORGANIZATION_JSON = """
            {"inn":"6164101016","ogrn":"1026103168783","kind":"SCHOOL","fullName":"МБОУ СОШ № 1",
             "municipality":"Ростов-на-Дону","address":"ул. Садовая, 1"}""";

    @Override
    public Set<String> options() {
        return BenchSettings.optionsWith("students", "format");
    }

    @Override
    public int run(CliArguments arguments, DevWorkspace workspace) throws Exception {
        int students = arguments.intValue("students", DEFAULT_STUDENTS, 1, SnilsSequence.MAX_STUDENTS);
        StudentFileFormat format = arguments.value("format").map(name -> StudentFileFormat.named(name)
                        .orElseThrow(() -> new UsageException("--format must be ndjson or csv, got '" + name + "'")))
                .orElse(StudentFileFormat.NDJSON);
        BenchSettings settings = BenchSettings.parse(arguments, workspace, DEFAULT_PORT_OFFSET, "import");
        settings.requireUsable();

        ZonedDateTime date = ZonedDateTime.now(ZoneOffset.UTC);
        Path runDir = settings.newRunDir(date);
        String command = BenchSettings.command("kontingent bench-import --students " + students
                + (format == StudentFileFormat.NDJSON ? "" : " --format csv"));
        String commit = BenchSettings.commit(workspace);
        Machine machine = Machine.current();
        say("import benchmark: " + String.format(Locale.ROOT, "%,d", students) + " students, " + machine.describe()
                + ", load " + LoadAverage.describeNow() + ", commit " + commit);
        say("server home " + settings.serverHome() + ", WAR " + settings.war() + " (built "
                + Files.getLastModifiedTime(settings.war()).toInstant().truncatedTo(ChronoUnit.SECONDS) + ")");
        say("run directory " + runDir + " (server log in server/standalone/log)");

        Path importFile = runDir.resolve("students-" + students + "." + format.name().toLowerCase(Locale.ROOT));
        Path copyFile = runDir.resolve("students-" + students + ".copy");
        ShutdownSequence shutdown = ShutdownSequence.registeredAsShutdownHook();
        try {
            BenchServer server = BenchServer.start(settings, runDir, settings.tenantsDir(), shutdown);
            Database database = server.database();
            WildFlyProcess wildFly = server.wildFly();

            String url = server.apiUrl();
            String token = server.minter().mint(TokenSpec.educationMinistry(REGION).withLifetime(TOKEN_LIFETIME));
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

            ProcessHandle postmaster = server.postmaster();
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
            printLargestTables(server);
            if (settings.results().isPresent()) {
                BenchmarksFile.append(settings.results().get(), run);
                System.out.println("Recorded in " + settings.results().get());
            }
            return 0;
        } finally {
            shutdown.run();
            deleteQuietly(importFile);
            deleteQuietly(copyFile);
            say("logs kept in " + runDir);
        }
    }

    private static void require(ImportResult result, String what) {
        if (!result.completed()) {
            throw new IllegalStateException(what + " did not complete (" + result.outcome() + "); nothing recorded");
        }
    }

    /** What the run left in the database, largest first: where the import's bytes went. */
    private static void printLargestTables(BenchServer server) {
        String query = """
                SELECT schemaname || '.' || relname, n_live_tup, pg_total_relation_size(relid),
                       pg_indexes_size(relid)
                FROM pg_stat_user_tables ORDER BY pg_total_relation_size(relid) DESC LIMIT 10""";
        try (Connection connection = server.connect();
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
}
