package ru.kontingent.devtools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/** A provisioned WildFly started through its {@code bin/standalone.sh}, sharing this terminal. */
final class WildFlyProcess implements AutoCloseable {

    static final String STABILITY = "--stability=community";

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Process script;

    private WildFlyProcess(Process script) {
        this.script = script;
    }

    static Path launcher(Path serverHome) {
        return serverHome.resolve("bin").resolve("standalone.sh");
    }

    static WildFlyProcess launch(Path serverHome, Map<String, String> environment, List<String> serverArguments)
            throws IOException {
        return launch(serverHome, environment, serverArguments, null);
    }

    /**
     * @param consoleLogOrNull where the server's console output goes (appended), instead of this
     *                         terminal: for commands that print a result of their own
     */
    static WildFlyProcess launch(Path serverHome, Map<String, String> environment, List<String> serverArguments,
            Path consoleLogOrNull) throws IOException {
        Path launcher = launcher(serverHome);
        if (!Files.isRegularFile(launcher)) {
            throw new IllegalStateException("no provisioned WildFly at " + serverHome
                    + " (missing bin/standalone.sh); build the server first");
        }
        List<String> command = new ArrayList<>();
        // Through sh, so a launcher that lost its executable bit (a zip, a copy) still starts.
        command.add("sh");
        command.add(launcher.toString());
        // The micrometer subsystem's Prometheus registry (configure-server.cli) is a community-stability feature.
        command.add(STABILITY);
        command.addAll(serverArguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(serverHome.toFile());
        if (consoleLogOrNull == null) {
            builder.inheritIO();
        } else {
            builder.redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(consoleLogOrNull.toFile()));
        }
        builder.environment().putAll(environment);
        return new WildFlyProcess(builder.start());
    }

    /** The script and everything under it (the server JVM). */
    Stream<ProcessHandle> processes() {
        return Stream.concat(Stream.of(script.toHandle()), script.descendants());
    }

    boolean isAlive() {
        return script.isAlive();
    }

    int waitFor() throws InterruptedException {
        return script.waitFor();
    }

    /**
     * Signals the script and every process under it: in the foreground mode standalone.sh does not
     * relay signals, so stopping the script alone would leave the server JVM running.
     */
    @Override
    public void close() {
        List<ProcessHandle> tree = new ArrayList<>(script.descendants().toList());
        tree.add(script.toHandle());
        if (tree.stream().noneMatch(ProcessHandle::isAlive)) {
            return;
        }
        System.err.println("kontingent: stopping WildFly...");
        tree.forEach(ProcessHandle::destroy);
        CompletableFuture<?>[] exits = tree.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            System.err.println("kontingent: WildFly did not stop within " + STOP_GRACE.toSeconds() + " s; killing it");
            tree.forEach(ProcessHandle::destroyForcibly);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            tree.forEach(ProcessHandle::destroyForcibly);
        } catch (Exception e) {
            tree.forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Override
    public String toString() {
        return "WildFly (pid " + script.pid() + ")";
    }
}
