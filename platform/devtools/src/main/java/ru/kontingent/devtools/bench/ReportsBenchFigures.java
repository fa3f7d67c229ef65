package ru.kontingent.devtools.bench;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One report's figures in a reports benchmark run (issue "reporting"): cold runs through the API
 * (each a cache miss) against the same SQL over plain JDBC in the same database (the baseline),
 * medians and their ratio (target ≤ 1.5), and the warm hit's latency (target: milliseconds).
 *
 * @param coldMillis     each {@code GET /api/reports/{id}?asOf=...} with a fresh date (a miss)
 * @param baselineMillis each JDBC run of the same query, same dates
 * @param warmMillis     the same URL repeated, every answer a hit
 * @param rows           rows of the report (as JDBC counted them)
 */
public record ReportsBenchFigures(String reportId, long students, int schools, List<Double> coldMillis,
        List<Double> baselineMillis, Percentiles warmMillis, int rows) {

    public static final double COLD_TARGET_RATIO = 1.5;
    /** "A warm hit in milliseconds": read as a p50 under 10 ms. */
    public static final double WARM_TARGET_MILLIS = 10;

    public ReportsBenchFigures {
        Objects.requireNonNull(reportId, "reportId");
        coldMillis = List.copyOf(coldMillis);
        baselineMillis = List.copyOf(baselineMillis);
        Objects.requireNonNull(warmMillis, "warmMillis");
    }

    public double coldMedian() {
        return Percentiles.median(coldMillis);
    }

    public double baselineMedian() {
        return Percentiles.median(baselineMillis);
    }

    /** Cold report over hand-written SQL, medians. */
    public double ratio() {
        return coldMedian() / baselineMedian();
    }

    public boolean coldMeetsTarget() {
        return ratio() <= COLD_TARGET_RATIO;
    }

    public boolean warmMeetsTarget() {
        return warmMillis.median() < WARM_TARGET_MILLIS;
    }

    public static final String TABLE_HEADER = "| Date (UTC) | Commit | Machine | Load avg 1/5/15 before → after | Command "
            + "| Students (schools) | Report | Rows | Cold API ms, median (runs) | JDBC SQL ms, median | Cold / SQL "
            + "| Target ≤ 1.5× | Warm hit ms p50 / p95 / p99 | Target p50 < 10 ms | Notes |";
    public static final String TABLE_RULE = "|---|---|---|---|---|--:|---|--:|--:|--:|--:|---|---|---|---|";

    public static final BenchmarksSection SECTION = new BenchmarksSection("""
            ## Reports: cold run against hand-written SQL, warm hit

            One command (`bench/reports/run.sh [--students N]`, see `bench/reports/README.md`) does a whole
            run and adds a row per report here (issue "reporting"):

            1. a private embedded PostgreSQL and the provisioned WildFly with the WAR (port offset 900),
               the demo regions of `tenants/`;
            2. the education ministry of r61 registers the schools (valid INN/OGRN, Rostov oblast's
               municipalities in turn) and bulk-imports N students of `generate` spread over them;
            3. **cold**: `GET /api/reports/{id}?asOf=D` with a date D used by no earlier call, so every
               answer is a miss (`X-Report-Cache: miss`, checked), timed by the client from request to
               the whole body; **baseline**: the same SQL (copied from `RegistryReports.java`) over plain
               JDBC on the same database with `search_path` set to the region's schema, same dates, all
               rows read; the two alternate, after one untimed run of each; medians;
            4. **warm**: one URL repeated, every answer a hit (`X-Report-Cache: hit`, checked).

            Targets: cold report ≤ 1.5× the hand-written SQL (medians); a warm hit in milliseconds (read as
            p50 < 10 ms). A miss is recorded as a miss. The machines are shared with other engineers' test
            servers: read every figure with its load average (`/proc/loadavg` before the first report and
            after the last).

            """, TABLE_HEADER, TABLE_RULE);

    public String row(ZonedDateTime date, String commit, Machine machine, String loads, String command, String notes) {
        return BenchmarksFile.runRow(date, commit, machine, loads, command,
                String.format(Locale.ROOT, "%,d (%d)", students, schools),
                "`" + reportId + "`",
                Integer.toString(rows),
                String.format(Locale.ROOT, "%.1f (%d)", coldMedian(), coldMillis.size()),
                String.format(Locale.ROOT, "%.1f", baselineMedian()),
                String.format(Locale.ROOT, "%.2f×", ratio()),
                BenchmarksFile.verdict(coldMeetsTarget()),
                warmMillis.p50p95p99() + String.format(Locale.ROOT, " (%,d)", warmMillis.count()),
                BenchmarksFile.verdict(warmMeetsTarget()),
                notes);
    }
}
