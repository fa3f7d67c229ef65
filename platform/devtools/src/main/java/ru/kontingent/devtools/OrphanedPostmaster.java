package ru.kontingent.devtools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL runs as a daemon beside the JVM: when the JVM is killed without running its shutdown
 * hooks, the server keeps the data directory and the next start fails. This stops such a leftover.
 */
final class OrphanedPostmaster {

    private static final long STOP_WAIT_SECONDS = 30;

    private OrphanedPostmaster() {
    }

    static void stopIfRunning(Path dataDir) throws IOException {
        Optional<ProcessHandle> leftover = findPostmaster(dataDir);
        if (leftover.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = leftover.get();
        System.err.println("kontingent: stopping PostgreSQL (pid " + postmaster.pid()
                + ") left running on " + dataDir + " by an earlier session");
        requestFastShutdown(postmaster);
        try {
            postmaster.onExit().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("PostgreSQL pid " + postmaster.pid() + " still runs on " + dataDir
                    + "; stop it (kill -INT " + postmaster.pid() + ") and try again", e);
        }
    }

    private static Optional<ProcessHandle> findPostmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        // A stale pid file whose number now belongs to another program is PostgreSQL's to handle.
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(command -> command.endsWith("/postgres")).orElse(false));
    }

    /** SIGINT is PostgreSQL's "fast" shutdown; SIGTERM would wait for clients that may never leave. */
    private static void requestFastShutdown(ProcessHandle postmaster) throws IOException {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (kill.waitFor() == 0) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // no kill(1) on this machine: fall back to SIGTERM below
        }
        postmaster.destroy();
    }
}
