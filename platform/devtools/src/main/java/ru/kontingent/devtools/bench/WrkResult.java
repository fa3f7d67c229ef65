package ru.kontingent.devtools.bench;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What one wrk run of bench/load's script reported: the {@code KONTINGENT-WRK key=value ...} line
 * its {@code done()} writes (latencies in microseconds, as wrk keeps them), read into numbers.
 *
 * @param statusErrors answers that were not 2xx or 3xx
 * @param socketErrors connect, read and write errors and timeouts together
 */
public record WrkResult(long requests, double seconds, double p50Millis, double p95Millis, double p99Millis,
        double maxMillis, long statusErrors, long socketErrors, long reads, long searches, long writes, long reports) {

    static final String PREFIX = "KONTINGENT-WRK ";

    /** The result line in wrk's output, if the script got to write one. */
    public static Optional<WrkResult> find(String wrkOutput) {
        for (String line : wrkOutput.split("\n")) {
            if (line.startsWith(PREFIX)) {
                return Optional.of(parse(line));
            }
        }
        return Optional.empty();
    }

    static WrkResult parse(String line) {
        Map<String, Long> values = new HashMap<>();
        for (String pair : line.substring(PREFIX.length()).strip().split("\\s+")) {
            String[] parts = pair.split("=", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("not key=value: " + pair);
            }
            values.put(parts[0], Math.round(Double.parseDouble(parts[1])));
        }
        return new WrkResult(get(values, "requests"), get(values, "duration_us") / 1e6, get(values, "p50_us") / 1e3,
                get(values, "p95_us") / 1e3, get(values, "p99_us") / 1e3, get(values, "max_us") / 1e3,
                get(values, "status_errors"),
                get(values, "timeouts") + get(values, "connect_errors") + get(values, "read_errors")
                        + get(values, "write_errors"),
                get(values, "reads"), get(values, "searches"), get(values, "writes"), get(values, "reports"));
    }

    private static long get(Map<String, Long> values, String key) {
        Long value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("the wrk result has no " + key);
        }
        return value;
    }

    public double perSecond() {
        return seconds <= 0 ? 0 : requests / seconds;
    }

    /** {@code 1,234 req/s, 2.10 / 8.40 / 21.00 ms}. */
    public String describe() {
        return String.format(Locale.ROOT, "%,.0f req/s, p50/p95/p99 %.2f / %.2f / %.2f ms", perSecond(), p50Millis,
                p95Millis, p99Millis);
    }

    /** The table cell: {@code 1,234 · 2.10 / 8.40 / 21.00}. */
    public String cell() {
        return String.format(Locale.ROOT, "%,.0f · %.2f / %.2f / %.2f", perSecond(), p50Millis, p95Millis, p99Millis);
    }
}
