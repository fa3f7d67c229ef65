package ru.kontingent.devtools.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The memory of a running JVM after a full collection: the Java heap in use as {@code jcmd
 * GC.heap_info} reports it (after {@code jcmd GC.run}), its metaspace, and the process's resident
 * set ({@code VmRSS} of {@code /proc/PID/status}). What stays after a collection is what the
 * server holds, which is how a per-region cost shows.
 *
 * @param heapUsedKiB      Java heap in use after the collection
 * @param metaspaceUsedKiB class metadata in use
 * @param rssKiB           resident set of the process, -1 when unknown
 */
public record JvmMemory(long heapUsedKiB, long metaspaceUsedKiB, long rssKiB) {

    /** A heap's generation line: {@code garbage-first heap   total 262144K, used 123456K [...}. */
    private static final Pattern HEAP_SPACE = Pattern.compile("(?m)^\\s*([A-Za-z][\\w -]*?)\\s+total (\\d+)K, used (\\d+)K");
    private static final Pattern METASPACE = Pattern.compile("(?m)^\\s*Metaspace\\s+used (\\d+)K");
    private static final Pattern VM_RSS = Pattern.compile("(?m)^VmRSS:\\s+(\\d+)\\s*kB");
    private static final long JCMD_SECONDS = 120;

    /** Collects, then reads heap, metaspace and RSS of the JVM with that pid (same user, jcmd on the PATH). */
    public static JvmMemory measure(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        String heapInfo = jcmd(pid, "GC.heap_info");
        long rss;
        try {
            rss = vmRssKiB(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
        } catch (IOException e) {
            rss = -1;
        }
        return new JvmMemory(heapUsedKiB(heapInfo), metaspaceUsedKiB(heapInfo), rss);
    }

    /**
     * The heap in use of a {@code GC.heap_info} text: the one line of G1 ({@code garbage-first heap})
     * or the sum of the generations of the serial and parallel collectors; metaspace excluded.
     */
    static long heapUsedKiB(String heapInfo) {
        Matcher matcher = HEAP_SPACE.matcher(heapInfo);
        long used = 0;
        boolean found = false;
        while (matcher.find()) {
            String space = matcher.group(1).strip();
            if (space.startsWith("Metaspace") || space.startsWith("class space")) {
                continue;
            }
            used += Long.parseLong(matcher.group(3));
            found = true;
        }
        if (!found) {
            throw new IllegalArgumentException("no heap in: " + heapInfo.strip());
        }
        return used;
    }

    static long metaspaceUsedKiB(String heapInfo) {
        Matcher matcher = METASPACE.matcher(heapInfo);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }

    /** VmRSS of a /proc/PID/status text in KiB, -1 when the line is missing. */
    static long vmRssKiB(String status) {
        Matcher matcher = VM_RSS.matcher(status);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }

    /** {@code heap 81.2 MiB, metaspace 120.4 MiB, RSS 640.0 MiB}. */
    public String describe() {
        return String.format(Locale.ROOT, "heap %s, metaspace %s, RSS %s", mib(heapUsedKiB), mib(metaspaceUsedKiB),
                mib(rssKiB));
    }

    public static String mib(long kib) {
        return kib < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f MiB", kib / 1024.0);
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(List.of("jcmd", Long.toString(pid), command)).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!jcmd.waitFor(JCMD_SECONDS, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
            jcmd.destroyForcibly();
            throw new IOException("jcmd " + pid + " " + command + " failed: " + out.strip());
        }
        return out;
    }
}
