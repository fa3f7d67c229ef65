package ru.kontingent.devtools.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the figures were measured on: the processors this JVM may use (as {@code nproc} counts
 * them) and the memory {@code /proc/meminfo} reports.
 *
 * @param memoryKiB MemTotal in KiB, or -1 when unknown
 */
public record Machine(int cpus, long memoryKiB) {

    private static final Path PROC_MEMINFO = Path.of("/proc/meminfo");
    private static final Pattern MEM_TOTAL = Pattern.compile("(?m)^MemTotal:\\s+(\\d+)\\s*kB");

    public static Machine current() {
        long memory;
        try {
            memory = memTotalKiB(Files.readString(PROC_MEMINFO));
        } catch (IOException | RuntimeException e) {
            memory = -1;
        }
        return new Machine(Runtime.getRuntime().availableProcessors(), memory);
    }

    /** MemTotal of a /proc/meminfo text in KiB, -1 when the line is missing. */
    static long memTotalKiB(String meminfo) {
        Matcher matcher = MEM_TOTAL.matcher(meminfo);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }

    /** {@code 2 cores, 23.5 GiB}. */
    public String describe() {
        String cores = cpus + (cpus == 1 ? " core" : " cores");
        if (memoryKiB < 0) {
            return cores + ", memory unknown";
        }
        return String.format(Locale.ROOT, "%s, %.1f GiB", cores, memoryKiB / (1024.0 * 1024.0));
    }
}
