package ru.kontingent.devtools.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The system load over 1, 5 and 15 minutes, as {@code /proc/loadavg} gives it. On a shared machine
 * a figure means little without it: two busy cores halve any rate measured beside them.
 */
public record LoadAverage(double one, double five, double fifteen) {

    private static final Path PROC_LOADAVG = Path.of("/proc/loadavg");

    /** @throws IllegalArgumentException when the text does not start with three numbers */
    public static LoadAverage parse(String procLoadavg) {
        String[] fields = procLoadavg.strip().split("\\s+");
        if (fields.length < 3) {
            throw new IllegalArgumentException("not a load average: '" + procLoadavg.strip() + "'");
        }
        try {
            return new LoadAverage(Double.parseDouble(fields[0]), Double.parseDouble(fields[1]),
                    Double.parseDouble(fields[2]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a load average: '" + procLoadavg.strip() + "'", e);
        }
    }

    /** Now, from /proc; empty where there is no /proc (the figures then say "load unknown"). */
    public static Optional<LoadAverage> now() {
        try {
            return Optional.of(parse(Files.readString(PROC_LOADAVG)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@code 2.17 / 4.59 / 5.56}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.2f / %.2f / %.2f", one, five, fifteen);
    }

    /** The load now as text, "unknown" without /proc. */
    public static String describeNow() {
        return now().map(LoadAverage::toString).orElse("unknown");
    }
}
