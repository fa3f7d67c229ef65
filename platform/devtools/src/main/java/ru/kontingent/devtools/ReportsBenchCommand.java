package ru.kontingent.devtools;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import ru.kontingent.devtools.RegionSeeder.SeededRegion;
import ru.kontingent.devtools.bench.BenchmarksFile;
import ru.kontingent.devtools.bench.LoadAverage;
import ru.kontingent.devtools.bench.Machine;
import ru.kontingent.devtools.bench.Percentiles;
import ru.kontingent.devtools.bench.RegistryReportQueries;
import ru.kontingent.devtools.bench.RegistryReportQueries.Query;
import ru.kontingent.devtools.bench.ReportsBenchFigures;
import ru.kontingent.devtools.bench.TimedHttp;
import ru.kontingent.devtools.bulkimport.ProgressLine;
import ru.kontingent.devtools.synthetic.SnilsSequence;
import ru.kontingent.devtools.synthetic.SyntheticSchools;

/**
 * {@code bench-reports}: the registry's contingent reports over N students of one region. Cold runs
 * through the API (a fresh asOf each, so a cache miss) against the same SQL over plain JDBC in the
 * same database, and the warm hit's latency. See bench/reports/README.md; rows go to BENCHMARKS.md.
 */
final class ReportsBenchCommand implements Subcommand {

    static final int DEFAULT_STUDENTS = 100_000;
    static final int DEFAULT_SCHOOLS = 50;
    static final int DEFAULT_PORT_OFFSET = 900;
    static final int DEFAULT_RUNS = 7;
    static final int DEFAULT_WARM = 1000;
    static final String REGION = "r61";
    /** After the start of every current enrollment of generate (2025-09-01 at the latest, none ends): every date counts the same students. */
    static final LocalDate FIRST_AS_OF = LocalDate.of(2025, 9, 15);

    private final TimedHttp http = new TimedHttp();

    @Override
    public Set<String> options() {
        return BenchSettings.optionsWith("students", "schools", "runs", "warm");
    }

    @Override
    public int run(CliArguments arguments, DevWorkspace workspace) throws Exception {
        int students = arguments.intValue("students", DEFAULT_STUDENTS, 1, SnilsSequence.MAX_STUDENTS);
        int schools = arguments.intValue("schools", DEFAULT_SCHOOLS, 1, 1000);
        int runs = arguments.intValue("runs", DEFAULT_RUNS, 1, 100);
        int warm = arguments.intValue("warm", DEFAULT_WARM, 10, 1_000_000);
        BenchSettings settings = BenchSettings.parse(arguments, workspace, DEFAULT_PORT_OFFSET, "reports");
        settings.requireUsable();

        ZonedDateTime date = ZonedDateTime.now(ZoneOffset.UTC);
        Path runDir = settings.newRunDir(date);
        String command = BenchSettings.command("kontingent bench-reports --students " + students);
        String commit = BenchSettings.commit(workspace);
        Machine machine = Machine.current();
        say(String.format(Locale.ROOT, "reports benchmark: %,d students in %d schools of %s, %s, load %s, commit %s",
                students, schools, REGION, machine.describe(), LoadAverage.describeNow(), commit));
        say("run directory " + runDir + " (server log in server/standalone/log)");

        ShutdownSequence shutdown = ShutdownSequence.registeredAsShutdownHook();
        try {
            BenchServer server = BenchServer.start(settings, runDir, settings.tenantsDir(), shutdown);
            RegionSeeder seeder = new RegionSeeder(server, runDir, System.out, System.err, System.console() != null);
            long seedStarted = System.nanoTime();
            SeededRegion region = seeder.seed(REGION,
                    IntStream.range(0, schools).mapToObj(SyntheticSchools::json).toList(), students);
            say(String.format(Locale.ROOT, "registered %d schools and imported %,d students in %.0f s", schools,
                    students, (System.nanoTime() - seedStarted) / 1e9));

            Optional<LoadAverage> loadBefore = LoadAverage.now();
            List<ReportsBenchFigures> figures = new ArrayList<>();
            int nextDay = 0;
            try (Connection connection = server.connect()) {
                RegistryReportQueries.useRegion(connection, REGION);
                for (Query query : RegistryReportQueries.ALL) {
                    String url = server.apiUrl() + "/api/reports/" + query.reportId() + "?asOf=";
                    say(query.reportId() + ": " + runs + " cold runs against JDBC (load " + LoadAverage.describeNow() + ")");
                    // One untimed run of each: the JIT, the plan, PostgreSQL's buffers.
                    cold(url, FIRST_AS_OF.plusDays(nextDay), region);
                    int rows = RegistryReportQueries.run(connection, query, FIRST_AS_OF.plusDays(nextDay++));
                    List<Double> cold = new ArrayList<>();
                    List<Double> sql = new ArrayList<>();
                    for (int run = 0; run < runs; run++) {
                        LocalDate asOf = FIRST_AS_OF.plusDays(nextDay++);
                        if (run % 2 == 0) {
                            cold.add(cold(url, asOf, region));
                            sql.add(jdbc(connection, query, asOf));
                        } else {
                            sql.add(jdbc(connection, query, asOf));
                            cold.add(cold(url, asOf, region));
                        }
                    }
                    say(String.format(Locale.ROOT, "  cold API ms %s, JDBC ms %s", millis(cold), millis(sql)));
                    figures.add(new ReportsBenchFigures(query.reportId(), students, schools, cold, sql,
                            warm(url + FIRST_AS_OF, region, warm), rows));
                }
            }
            Optional<LoadAverage> loadAfter = LoadAverage.now();
            String loads = loadBefore.map(LoadAverage::toString).orElse("unknown") + " → "
                    + loadAfter.map(LoadAverage::toString).orElse("unknown");

            System.out.println();
            System.out.printf(Locale.ROOT, "Reports benchmark, %,d students in %d schools, commit %s, %s, load %s%n",
                    students, schools, commit, machine.describe(), loads);
            System.out.printf(Locale.ROOT, "  command: %s%n%n", command);
            for (ReportsBenchFigures report : figures) {
                System.out.printf(Locale.ROOT, "  %s (%d rows)%n", report.reportId(), report.rows());
                System.out.printf(Locale.ROOT, "    cold API median %.1f ms, JDBC median %.1f ms: %.2f× (target <= %.1f×: %s)%n",
                        report.coldMedian(), report.baselineMedian(), report.ratio(), ReportsBenchFigures.COLD_TARGET_RATIO,
                        report.coldMeetsTarget() ? "met" : "MISSED");
                System.out.printf(Locale.ROOT, "    warm hit ms p50/p95/p99 %s over %,d (target p50 < %.0f ms: %s)%n",
                        report.warmMillis().p50p95p99(), report.warmMillis().count(), ReportsBenchFigures.WARM_TARGET_MILLIS,
                        report.warmMeetsTarget() ? "met" : "MISSED");
            }
            System.out.println();
            if (settings.results().isPresent()) {
                String notes = "cold runs alternate with JDBC, each with a fresh asOf; the API's time includes the token"
                        + " check, the generation read, the cache store and JSON";
                BenchmarksFile.append(settings.results().get(), ReportsBenchFigures.SECTION, figures.stream()
                        .map(report -> report.row(date, commit, machine, loads, command, notes)).toList());
                System.out.println("Recorded in " + settings.results().get());
            }
            return 0;
        } finally {
            shutdown.run();
            say("logs kept in " + runDir);
        }
    }

    /** One report through the API with a date no earlier call used: must be a miss. */
    private double cold(String url, LocalDate asOf, SeededRegion region) throws Exception {
        TimedHttp.Answer answer = http.get(url + asOf, region.educationToken());
        requireOk(answer, "miss");
        return answer.millis();
    }

    private static double jdbc(Connection connection, Query query, LocalDate asOf) throws Exception {
        long started = System.nanoTime();
        RegistryReportQueries.run(connection, query, asOf);
        return (System.nanoTime() - started) / 1e6;
    }

    /** The same URL repeated: the first call may miss, then every answer must be a hit. */
    private Percentiles warm(String url, SeededRegion region, int count) throws Exception {
        http.get(url, region.educationToken());
        ProgressLine progress = new ProgressLine(System.err, System.console() != null);
        List<Double> millis = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            TimedHttp.Answer answer = http.get(url, region.educationToken());
            requireOk(answer, "hit");
            millis.add(answer.millis());
            if ((i + 1) % 100 == 0) {
                progress.show(String.format(Locale.ROOT, "kontingent: warm hits %,d/%,d", i + 1, count));
            }
        }
        progress.finish("");
        return Percentiles.of(millis);
    }

    private static void requireOk(TimedHttp.Answer answer, String cache) {
        if (answer.status() != 200) {
            throw new IllegalStateException("the report failed: " + TimedHttp.brief(answer));
        }
        if (!answer.reportCache().orElse("").equals(cache)) {
            throw new IllegalStateException("expected X-Report-Cache: " + cache + ", got "
                    + answer.reportCache().orElse("none"));
        }
    }

    private static String millis(List<Double> values) {
        return values.stream().map(value -> String.format(Locale.ROOT, "%.1f", value)).toList().toString();
    }

    private static void say(String text) {
        System.err.println("kontingent: " + text);
    }
}
