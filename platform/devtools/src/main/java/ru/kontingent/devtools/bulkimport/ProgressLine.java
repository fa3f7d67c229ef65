package ru.kontingent.devtools.bulkimport;

import java.io.PrintStream;

/**
 * Shows progress on stderr. On a terminal one line is redrawn in place (carriage return, padded so
 * a shorter text leaves no tail); in a log, where carriage returns pile up, a full line is printed
 * now and then instead.
 */
public final class ProgressLine {

    private static final long LOG_EVERY_NANOS = 10_000_000_000L;

    private final PrintStream err;
    private final boolean terminal;
    private int lastLength;
    private long lastLogged = Long.MIN_VALUE;

    public ProgressLine(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    public void show(String text) {
        if (terminal) {
            int padding = Math.max(0, lastLength - text.length());
            err.print("\r" + text + " ".repeat(padding));
            err.flush();
            lastLength = text.length();
            return;
        }
        long now = System.nanoTime();
        if (lastLogged == Long.MIN_VALUE || now - lastLogged >= LOG_EVERY_NANOS) {
            err.println(text);
            lastLogged = now;
        }
    }

    /** Leaves the last text on screen (an empty one clears the line) so what follows starts on a fresh line. */
    public void finish(String lastText) {
        if (terminal) {
            show(lastText);
            err.println();
            lastLength = 0;
        } else if (!lastText.isEmpty()) {
            err.println(lastText);
        }
        lastLogged = Long.MIN_VALUE;
    }
}
