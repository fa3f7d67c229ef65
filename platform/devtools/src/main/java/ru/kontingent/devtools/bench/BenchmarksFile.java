package ru.kontingent.devtools.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * BENCHMARKS.md at the repository root: created with its explanation on the first run, then one
 * dated row per run added to its benchmark's table (after its last row, so other sections written
 * below it later stay intact). Each benchmark names its table by a {@link BenchmarksSection}; the
 * import's is {@link #IMPORT}.
 */
public final class BenchmarksFile {

    static final String TITLE = "# Benchmarks\n";

    static final String TABLE_HEADER = "| Date (UTC) | Commit | Machine | Load avg 1/5/15 before → after | Command | N "
            + "| Import students/s (job only) | Re-import lines/s | COPY rows/s | Import / COPY | Target ≥ 30 % | Notes |";

    static final String SECTION = """
            ## Bulk import

            One command (`bench/import/run.sh [--students N]`, see `bench/import/README.md`) does a whole
            run and adds a row here:

            1. a private embedded PostgreSQL and the provisioned WildFly with the WAR (port offset 700);
            2. the education ministry of r61 (a demo region of `tenants/`) registers one school;
               `generate` writes N students (seed 61, NDJSON: each with one or two parents and an
               enrollment in that school, but the 3 % who moved to another region);
            3. **import**: the file through `POST /api/registry/import` (the `import` command's client),
               timed from the first byte sent to the job's end (polled every 250 ms), every student new;
               in parentheses the job's own rate (its `startedAt`..`finishedAt`: upload and spooling
               excluded); then **re-import**: the same file again, every line unchanged;
            4. **baseline**, same run, same database: a raw `COPY ... FROM STDIN` (JDBC `CopyManager`) of the
               same N students' own 15 columns (one text row per student; no parents, no enrollment)
               into a bare table without keys, indexes, constraints or triggers in the scratch schema
               `bench_baseline`; median of 3 loads. The floor the import's own costs are measured from.

            The embedded PostgreSQL runs as the dev tools start it (zonky's defaults: `fsync` off,
            `synchronous_commit` off), for the import and the COPY alike; the WildFly JVM with
            `standalone.conf`'s `-Xmx512m`.

            Target (issue "bulk import", item 6): import students/s ≥ 30 % of COPY rows/s. A miss is
            recorded as a miss. The machines are shared: read every figure with its load average
            (`/proc/loadavg`, 1/5/15 min, just before the first import and after the COPY).

            """;

    static final String TABLE_RULE = "|---|---|---|---|---|--:|--:|--:|--:|--:|---|---|";

    /** The bulk import's table. */
    public static final BenchmarksSection IMPORT = new BenchmarksSection(SECTION, TABLE_HEADER, TABLE_RULE);

    /** How every table writes its date column. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private BenchmarksFile() {
    }

    /** Adds the import run's row to the file, creating the file or the import section when missing. */
    public static void append(Path file, BenchRun run) throws IOException {
        append(file, IMPORT, List.of(row(run)));
    }

    /** Adds rows to a section's table, creating the file or the section when missing. */
    public static void append(Path file, BenchmarksSection section, List<String> rows) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        for (String row : rows) {
            text = withRow(text, section, row);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static String withRow(String existing, String row) {
        return withRow(existing, IMPORT, row);
    }

    /** The file's text with the row added: after the section table's last row, or in a new section. */
    static String withRow(String existing, BenchmarksSection section, String row) {
        List<String> lines = new ArrayList<>(existing.lines().toList());
        int header = lines.indexOf(section.header());
        if (header < 0) {
            StringBuilder text = new StringBuilder(existing.isBlank() ? TITLE + "\n" : existing);
            if (!existing.isBlank()) {
                text.append(existing.endsWith("\n") ? "\n" : "\n\n");
            }
            return text.append(section.explanation()).append(section.header()).append('\n').append(section.rule())
                    .append('\n').append(row).append('\n').toString();
        }
        int last = header;
        while (last + 1 < lines.size() && lines.get(last + 1).startsWith("|")) {
            last++;
        }
        lines.add(last + 1, row);
        return String.join("\n", lines) + "\n";
    }

    /** One Markdown table row. */
    static String row(BenchRun run) {
        BenchFigures figures = run.figures();
        String importRate = BenchFigures.perSecond(figures.importRate())
                + figures.importJobRate().stream().mapToObj(rate -> " (" + BenchFigures.perSecond(rate) + ")")
                        .findFirst().orElse("");
        return runRow(run.date(), run.commit(), run.machine(), run.loads(), run.command(),
                String.format(Locale.ROOT, "%,d", figures.students()),
                importRate,
                BenchFigures.perSecond(figures.reimportRate()),
                BenchFigures.perSecond(figures.copyRate()),
                BenchFigures.percent(figures.ratio()),
                verdict(figures.meetsTarget()),
                run.notes());
    }

    /** A target's cell: "met", or a bold "missed" that a reader cannot overlook. */
    public static String verdict(boolean met) {
        return met ? "met" : "**missed**";
    }

    /**
     * A benchmark's row: the cells every benchmark starts with (when, which commit, which machine, its
     * load, which command), then the benchmark's own figures.
     */
    public static String runRow(ZonedDateTime date, String commit, Machine machine, String loads, String command,
                                String... figures) {
        List<String> cells = new ArrayList<>(List.of(date.format(DATE), "`" + commit + "`", machine.describe(), loads,
                "`" + command + "`"));
        cells.addAll(List.of(figures));
        return tableRow(cells);
    }

    /** One Markdown table row of the given cells; a pipe or a line break in a cell cannot break the table. */
    public static String tableRow(List<String> cells) {
        StringBuilder text = new StringBuilder("|");
        cells.forEach(cell -> text.append(' ').append(cell.replace("|", "\\|").replace("\n", " ")).append(" |"));
        return text.toString();
    }
}
