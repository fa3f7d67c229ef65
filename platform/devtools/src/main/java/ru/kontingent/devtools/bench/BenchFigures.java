package ru.kontingent.devtools.bench;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The three timings of one benchmark run and what follows from them. The import's rate counts
 * from the first byte sent to the job's end as the client saw it (upload, spooling, validation,
 * storage, and up to one poll interval); the job's own time, upload excluded, is kept beside it.
 *
 * @param students        lines of the file, one student each
 * @param importSeconds   first import, every student new
 * @param importJobSeconds the server's startedAt..finishedAt of that import, when it said
 * @param reimportLines   lines of the second import of the same file
 * @param reimportSeconds second import, every line unchanged
 * @param copyRows        rows loaded by the raw COPY baseline
 * @param copySeconds     the COPY's time (median of its runs)
 */
public record BenchFigures(
        long students,
        double importSeconds,
        OptionalDouble importJobSeconds,
        long reimportLines,
        double reimportSeconds,
        long copyRows,
        double copySeconds) {

    /** The target: the import loads at least 30 % as fast as a raw COPY of the same rows. */
    public static final double TARGET_RATIO = 0.30;

    public BenchFigures {
        requirePositive("importSeconds", importSeconds);
        requirePositive("reimportSeconds", reimportSeconds);
        requirePositive("copySeconds", copySeconds);
        if (importJobSeconds == null) {
            throw new NullPointerException("importJobSeconds");
        }
    }

    public double importRate() {
        return students / importSeconds;
    }

    public OptionalDouble importJobRate() {
        return importJobSeconds.isPresent() && importJobSeconds.getAsDouble() > 0
                ? OptionalDouble.of(students / importJobSeconds.getAsDouble())
                : OptionalDouble.empty();
    }

    public double reimportRate() {
        return reimportLines / reimportSeconds;
    }

    public double copyRate() {
        return copyRows / copySeconds;
    }

    /** Import students/s over COPY rows/s: 1.0 would be an import as fast as the raw load. */
    public double ratio() {
        return importRate() / copyRate();
    }

    public boolean meetsTarget() {
        return ratio() >= TARGET_RATIO;
    }

    /** A rate rounded to a whole number with thousands separators: {@code 12,345}. */
    public static String perSecond(double rate) {
        return String.format(Locale.ROOT, "%,.0f", rate);
    }

    /** A ratio as a percentage with one decimal: {@code 4.2 %}. */
    public static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f %%", ratio * 100);
    }

    private static void requirePositive(String name, double seconds) {
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException(name + " must be a positive duration, got " + seconds);
        }
    }
}
