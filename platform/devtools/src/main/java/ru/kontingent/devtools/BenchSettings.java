package ru.kontingent.devtools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * What every {@code bench-*} command shares: the server it starts (home, WAR, tenants, port
 * offset, start timeout), where its run directories go, where its figures are recorded, and how a
 * run names its command and commit in BENCHMARKS.md.
 */
record BenchSettings(int portOffset, Duration startTimeout, Path serverHome, Path war, Path tenantsDir,
        Path workRoot, Optional<Path> results) {

    /** Set by bench/&lt;name&gt;/run.sh to the command line the user typed, for the BENCHMARKS.md row. */
    static final String COMMAND_VARIABLE = "KONTINGENT_BENCH_COMMAND";
    static final String NO_RESULTS = "none";
    static final int DEFAULT_START_TIMEOUT_SECONDS = 600;
    static final Set<String> OPTIONS = Set.of("port-offset", "server-home", "war", "tenants", "work", "results",
            "start-timeout");
    private static final DateTimeFormatter RUN_DIR_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    /** The shared options plus a command's own. */
    static Set<String> optionsWith(String... own) {
        Set<String> names = new HashSet<>(OPTIONS);
        names.addAll(List.of(own));
        return Set.copyOf(names);
    }

    /**
     * @param benchName the folder under bench/ whose work/ holds the runs ({@code import}, {@code tenants})
     */
    static BenchSettings parse(CliArguments arguments, DevWorkspace workspace, int defaultPortOffset, String benchName) {
        int portOffset = arguments.intValue("port-offset", defaultPortOffset, 0, 50_000);
        int startTimeout = arguments.intValue("start-timeout", DEFAULT_START_TIMEOUT_SECONDS, 10, 24 * 3600);
        Path serverHome = arguments.value("server-home").map(workspace::resolve).orElseGet(() ->
                workspace.requireRepoRoot("--server-home DIR").resolve("platform/server/target/server"));
        Path war = war(arguments, workspace, serverHome);
        Path tenantsDir = arguments.value("tenants").map(workspace::resolve).orElseGet(() ->
                workspace.requireRepoRoot("--tenants DIR").resolve("tenants"));
        Path workRoot = arguments.value("work").map(workspace::resolve).orElseGet(() ->
                workspace.requireRepoRoot("--work DIR").resolve("bench").resolve(benchName).resolve("work"));
        return new BenchSettings(portOffset, Duration.ofSeconds(startTimeout), serverHome, war, tenantsDir, workRoot,
                results(arguments, workspace));
    }

    /** Refuses early what would fail after minutes: no server built, no tenants folder, a port taken. */
    void requireUsable() {
        if (!Files.isRegularFile(WildFlyProcess.launcher(serverHome))) {
            throw new IllegalStateException("no provisioned WildFly at " + serverHome
                    + "; build it first: ./mvnw -DskipTests package");
        }
        if (!Files.isDirectory(tenantsDir.toAbsolutePath())) {
            throw new IllegalStateException("no tenants directory at " + tenantsDir);
        }
        Optional<Integer> busy = ServerBaseDir.busyPort(portOffset);
        if (busy.isPresent()) {
            throw new IllegalStateException("port " + busy.get() + " is in use (another server?); pass another"
                    + " --port-offset than " + portOffset);
        }
    }

    Path newRunDir(ZonedDateTime date) throws IOException {
        return Files.createDirectories(workRoot.resolve("run-" + date.format(RUN_DIR_TIME)));
    }

    /** The command line run.sh was given, else the fallback (the dev tool's own words). */
    static String command(String fallback) {
        return Optional.ofNullable(System.getenv(COMMAND_VARIABLE)).filter(text -> !text.isBlank()).orElse(fallback);
    }

    /** --results FILE, or none for no record; else BENCHMARKS.md at the repository root. */
    static Optional<Path> results(CliArguments arguments, DevWorkspace workspace) {
        Optional<String> given = arguments.value("results");
        if (given.isEmpty()) {
            return Optional.of(workspace.requireRepoRoot("--results FILE|none").resolve("BENCHMARKS.md"));
        }
        return given.get().equals(NO_RESULTS) ? Optional.empty() : Optional.of(workspace.resolve(given.get()));
    }

    /** --war, else the build's WAR, else the one a home provisioned with the application holds. */
    private static Path war(CliArguments arguments, DevWorkspace workspace, Path serverHome) {
        if (arguments.value("war").isPresent()) {
            Path war = workspace.resolve(arguments.value("war").get());
            if (!Files.isRegularFile(war)) {
                throw new UsageException("no WAR at " + war);
            }
            return war;
        }
        Optional<Path> built = workspace.repoRoot().map(root -> root.resolve("platform/server/target/kontingent.war"))
                .filter(Files::isRegularFile);
        return built.or(() -> ServerBaseDir.deployedWar(serverHome)).orElseThrow(() -> new IllegalStateException(
                "no application to deploy: neither platform/server/target/kontingent.war nor a WAR in " + serverHome
                        + "/standalone/deployments; build first: ./mvnw -DskipTests package"));
    }

    /** The short commit of the repository, with "+changes" when tracked files differ from it. */
    static String commit(DevWorkspace workspace) {
        Optional<Path> root = workspace.repoRoot();
        if (root.isEmpty()) {
            return "unknown";
        }
        Optional<String> head = git(root.get(), "rev-parse", "--short", "HEAD");
        if (head.isEmpty()) {
            return "unknown";
        }
        boolean changed = git(root.get(), "status", "--porcelain", "--untracked-files=no")
                .map(status -> !status.isBlank()).orElse(false);
        return head.get().strip() + (changed ? "+changes" : "");
    }

    private static Optional<String> git(Path root, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
        command.addAll(List.of(args));
        try {
            Process git = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
