package ru.kontingent.devtools;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Closes what a command started, last started first, exactly once: from the JVM shutdown hook on
 * Ctrl-C, or from the command when its server exits by itself. The order matters: WildFly must be
 * gone before its database is, or its shutdown logs a page of connection errors.
 */
final class ShutdownSequence implements Runnable {

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private boolean done;

    static ShutdownSequence registeredAsShutdownHook() {
        ShutdownSequence sequence = new ShutdownSequence();
        Runtime.getRuntime().addShutdownHook(new Thread(sequence, "kontingent-shutdown"));
        return sequence;
    }

    /** Adds a resource to close before everything pushed earlier; closes it at once if shutdown already ran. */
    <T extends AutoCloseable> T push(T resource) {
        boolean closeNow;
        synchronized (this) {
            closeNow = done;
            if (!closeNow) {
                started.push(resource);
            }
        }
        if (closeNow) {
            closeReporting(resource);
        }
        return resource;
    }

    @Override
    public synchronized void run() {
        if (done) {
            return;
        }
        done = true;
        while (!started.isEmpty()) {
            closeReporting(started.pop());
        }
    }

    private static void closeReporting(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            System.err.println("kontingent: could not stop " + resource + ": " + e.getMessage());
        }
    }
}
