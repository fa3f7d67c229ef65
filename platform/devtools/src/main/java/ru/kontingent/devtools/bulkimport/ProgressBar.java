package ru.kontingent.devtools.bulkimport;

import java.util.Locale;

/**
 * The text of the one-line progress display, as pure functions of the counters so it can be
 * tested without a terminal:
 * {@code [##########..........] 52%  lines 520000/1000000  accepted 519000  rejected 12  unchanged 0  8,500 lines/s}.
 */
final class ProgressBar {

    static final int WIDTH = 20;
    private static final double MIB = 1024 * 1024;

    private ProgressBar() {
    }

    static String job(long linesRead, long totalLines, long accepted, long rejected, long unchanged, double seconds) {
        int percent = percent(linesRead, totalLines);
        return String.format(Locale.ROOT, "%s %3d%%  lines %d/%d  accepted %d  rejected %d  unchanged %d  %s",
                bar(percent), percent, linesRead, totalLines, accepted, rejected, unchanged, rate(linesRead, seconds));
    }

    /** While the file goes up; a server that imports as it reads makes this the import's own progress. */
    static String upload(long sentBytes, long totalBytes, double seconds) {
        if (totalBytes > 0 && sentBytes >= totalBytes) {
            return String.format(Locale.ROOT, "uploaded %s, waiting for the server's answer  %.0f s",
                    size(totalBytes), seconds);
        }
        int percent = percent(sentBytes, totalBytes);
        return String.format(Locale.ROOT, "uploading %s %3d%%  %s/%s  %s/s", bar(percent), percent, size(sentBytes),
                size(totalBytes), seconds > 0 ? size(Math.round(sentBytes / seconds)) : "-");
    }

    /** Whole percent, rounded down so 100 % means done; a server counting a header line is capped. */
    static int percent(long done, long total) {
        if (total <= 0) {
            return 0;
        }
        return (int) Math.min(100, done * 100 / total);
    }

    static String bar(int percent) {
        int filled = percent * WIDTH / 100;
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "]";
    }

    static String rate(long lines, double seconds) {
        return seconds <= 0 ? "- lines/s" : String.format(Locale.ROOT, "%,d lines/s", Math.round(lines / seconds));
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        if (bytes < 1024 * MIB) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / MIB);
        }
        return String.format(Locale.ROOT, "%.2f GiB", bytes / (1024 * MIB));
    }
}
