package ru.kontingent.devtools;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import ru.kontingent.devtools.synthetic.OrganizationIdsFile;
import ru.kontingent.devtools.synthetic.RegionFileWriter;
import ru.kontingent.devtools.synthetic.SnilsSequence;
import ru.kontingent.devtools.synthetic.StudentFileFormat;
import ru.kontingent.devtools.synthetic.SyntheticRegion;
import ru.kontingent.devtools.synthetic.SyntheticSchools;

/**
 * {@code generate}: a synthetic region's students as an import file, on stdout or into {@code --out}.
 * Progress goes to stderr, so the students can be piped. Enrollments need schools: the ids of
 * registered ones ({@code --organizations FILE}) or {@code --schools N} stand-ins; {@code --history
 * FILE} also writes the ended enrollments (transfers, moves to another region).
 */
final class GenerateCommand implements Subcommand {

    /** Rostov oblast's number: the demo region's default seed and code. */
    static final long DEFAULT_SEED = 61;
    static final String DEFAULT_REGION = "r61";
    private static final Pattern REGION_CODE = Pattern.compile("[a-z0-9_]{1,30}");

    @Override
    public Set<String> options() {
        return Set.of("students", "seed", "format", "out", "organizations", "region-code", "schools", "history");
    }

    @Override
    public int run(CliArguments arguments, DevWorkspace workspace) throws IOException {
        int students = arguments.intValue("students", 0, 1, SnilsSequence.MAX_STUDENTS);
        if (students == 0) {
            throw new UsageException("generate needs --students N");
        }
        long seed = arguments.longValue("seed", DEFAULT_SEED);
        String regionCode = arguments.valueOr("region-code", DEFAULT_REGION);
        if (!REGION_CODE.matcher(regionCode).matches()) {
            throw new UsageException("--region-code must be a lower-case code such as r61 ([a-z0-9_]{1,30})");
        }
        Path out = arguments.value("out").map(workspace::resolve).orElse(null);
        StudentFileFormat format = format(arguments, out);
        if (arguments.value("organizations").isPresent() && arguments.value("schools").isPresent()) {
            throw new UsageException("give --organizations FILE or --schools N, not both");
        }
        int schools = arguments.intValue("schools", 0, 1, SyntheticSchools.MAX_SCHOOLS);
        List<UUID> organizations = arguments.value("organizations").isPresent()
                ? OrganizationIdsFile.read(workspace.resolve(arguments.value("organizations").get()))
                : SyntheticSchools.placeholderIds(regionCode, schools);
        Path history = arguments.value("history").map(workspace::resolve).orElse(null);
        if (history != null && organizations.isEmpty()) {
            throw new UsageException("--history needs schools: --organizations FILE or --schools N");
        }

        SyntheticRegion region = new SyntheticRegion(seed, regionCode, organizations);
        long started = System.nanoTime();
        try (OutputStream historyFile = history == null ? null
                : new BufferedOutputStream(Files.newOutputStream(history), 1 << 16)) {
            if (out == null) {
                write(region, students, format, System.out, historyFile, started);
                System.out.flush();
            } else {
                try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
                    write(region, students, format, file, historyFile, started);
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.err.printf(Locale.ROOT, "kontingent: wrote %,d students (%s, seed %d, region %s) to %s in %.1f s, %s%n",
                students, format.name().toLowerCase(Locale.ROOT), seed, regionCode,
                out == null ? "stdout" : out.toString(), seconds, rate(students, seconds));
        if (out != null) {
            System.err.printf(Locale.ROOT, "kontingent: %s: %,d bytes%n", out, Files.size(out));
        }
        if (history != null) {
            System.err.printf(Locale.ROOT, "kontingent: ended enrollments in %s: %,d bytes%n", history, Files.size(history));
        }
        return 0;
    }

    private static void write(SyntheticRegion region, long students, StudentFileFormat format, OutputStream out,
            OutputStream history, long started) throws IOException {
        RegionFileWriter.write(region, students, format, out, history, written -> System.err.printf(Locale.ROOT,
                "kontingent: %,d students, %s%n", written, rate(written, (System.nanoTime() - started) / 1e9)));
    }

    /** --format wins; else the extension of --out; else NDJSON. */
    static StudentFileFormat format(CliArguments arguments, Path out) {
        if (arguments.value("format").isPresent()) {
            String name = arguments.value("format").get();
            return StudentFileFormat.named(name)
                    .orElseThrow(() -> new UsageException("--format must be ndjson or csv, got '" + name + "'"));
        }
        return out == null ? StudentFileFormat.NDJSON
                : StudentFileFormat.ofFileName(out.getFileName().toString()).orElse(StudentFileFormat.NDJSON);
    }

    static String rate(long lines, double seconds) {
        return seconds <= 0 ? "- lines/s" : String.format(Locale.ROOT, "%,d lines/s", Math.round(lines / seconds));
    }
}
