package ru.kontingent.devtools;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stack a benchmark measures, private to its run: a temporary embedded PostgreSQL, fresh dev
 * keys, and the provisioned WildFly with the WAR in its own base directory at the run's port
 * offset, started and awaited until the application's readiness check answers. It can restart the
 * server on the same database and base directory (what a start with N regions is timed on).
 * Everything started is registered with the command's {@link ShutdownSequence}.
 */
final class BenchServer {

    private static final String READINESS_CHECK = "kontingent-catalog";
    /** Fine enough for a start-time figure of a few seconds; cheap for the server. */
    private static final Duration READY_POLL = Duration.ofMillis(100);
    private static final Pattern PLATFORM_READY = Pattern.compile("Kontingent platform ready: .* in (\\d+) ms");
    private static final Pattern WILDFLY_STARTED = Pattern.compile("WFLYSRV0025: .* started in (\\d+)ms");

    private final BenchSettings settings;
    private final ShutdownSequence shutdown;
    private final Database database;
    private final DevKeys keys;
    private final Path baseDir;
    private final Path tenantsDir;
    private final Path consoleLog;
    private final TokenMinter minter;
    private WildFlyProcess wildFly;
    private long launchedNanos;

    private BenchServer(BenchSettings settings, ShutdownSequence shutdown, Database database, DevKeys keys,
            Path baseDir, Path tenantsDir, Path consoleLog) {
        this.settings = settings;
        this.shutdown = shutdown;
        this.database = database;
        this.keys = keys;
        this.baseDir = baseDir;
        this.tenantsDir = tenantsDir;
        this.consoleLog = consoleLog;
        this.minter = new TokenMinter(keys.privateKey(), TokenMinter.DEFAULT_ISSUER, TokenMinter.DEFAULT_AUDIENCE);
    }

    /**
     * Starts database and server and waits for readiness.
     *
     * @param tenantsDir the tenants/ folder the server applies at start (the settings' or another)
     */
    static BenchServer start(BenchSettings settings, Path runDir, Path tenantsDir, ShutdownSequence shutdown)
            throws IOException, InterruptedException {
        Database database = shutdown.push(EmbeddedCluster.start(null));
        DevKeys keys = DevKeys.loadOrCreate(runDir.resolve("keys"));
        Path baseDir = ServerBaseDir.prepare(settings.serverHome(), settings.war(), runDir.resolve("server"));
        BenchServer server = new BenchServer(settings, shutdown, database, keys, baseDir, tenantsDir,
                runDir.resolve("server-console.log"));
        say("starting WildFly (port offset " + settings.portOffset() + "; console in " + server.consoleLog + ")...");
        Duration ready = server.launchAndAwaitReady();
        say(String.format(java.util.Locale.ROOT, "server ready in %.1f s", ready.toMillis() / 1000.0));
        return server;
    }

    /** Stops the server (gracefully) and starts it again on the same database and base directory. */
    Duration restart() throws IOException, InterruptedException {
        say("stopping WildFly for a restart...");
        wildFly.close();
        say("starting WildFly again...");
        return launchAndAwaitReady();
    }

    /** From the launch of standalone.sh to a readiness answer that includes the application's check. */
    private Duration launchAndAwaitReady() throws IOException, InterruptedException {
        launchedNanos = System.nanoTime();
        wildFly = shutdown.push(WildFlyProcess.launch(settings.serverHome(),
                RunCommand.serverEnvironment(database, keys, tenantsDir),
                ServerBaseDir.serverArguments(settings.portOffset(), baseDir), consoleLog));
        awaitReady();
        return sinceLaunch();
    }

    /** Time since the current server process was launched: for "first request answered" figures. */
    Duration sinceLaunch() {
        return Duration.ofNanos(System.nanoTime() - launchedNanos);
    }

    private void awaitReady() throws InterruptedException {
        URI ready = URI.create(managementUrl() + "/health/ready");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + settings.startTimeout().toNanos();
        String last = "no answer";
        while (true) {
            if (!wildFly.isAlive()) {
                throw new IllegalStateException("WildFly stopped while starting; see " + consoleLog);
            }
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5))
                        .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (answer.statusCode() == 200 && answer.body().contains(READINESS_CHECK)) {
                    return;
                }
                last = "HTTP " + answer.statusCode() + " " + answer.body().replaceAll("\\s+", " ");
            } catch (IOException e) {
                last = e.toString();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the server was not ready after " + settings.startTimeout().toSeconds()
                        + " s (" + ready + ": " + last + "); see " + consoleLog);
            }
            TimeUnit.MILLISECONDS.sleep(READY_POLL.toMillis());
        }
    }

    String apiUrl() {
        return "http://localhost:" + (RunCommand.HTTP_PORT + settings.portOffset());
    }

    String managementUrl() {
        return "http://localhost:" + (RunCommand.MANAGEMENT_PORT + settings.portOffset());
    }

    Database database() {
        return database;
    }

    TokenMinter minter() {
        return minter;
    }

    WildFlyProcess wildFly() {
        return wildFly;
    }

    Path baseDir() {
        return baseDir;
    }

    /** The server's own JVM under the launcher script (for jcmd and /proc), if it can be seen. */
    OptionalLong serverJvmPid() {
        return wildFly.processes().filter(process -> process.info().command()
                        .map(command -> command.endsWith("/java") || command.equals("java")).orElse(false))
                .mapToLong(ProcessHandle::pid).findFirst();
    }

    /** The database's server process, parent of every backend: found from a backend of our own. */
    ProcessHandle postmaster() throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT pg_backend_pid()")) {
            rows.next();
            long backend = rows.getLong(1);
            return ProcessHandle.of(backend).flatMap(ProcessHandle::parent)
                    .orElseThrow(() -> new IllegalStateException("cannot see the PostgreSQL processes (pid "
                            + backend + ")"));
        }
    }

    /** As the schemas' owner: benchmarks read every schema and build their baselines beside them. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.migrationUser(), database.migrationPassword());
    }

    /**
     * What the latest start logged of itself: the platform bootstrap's own time and WildFly's
     * "started in", in ms, from the last such lines of server.log (empty when not found).
     */
    Map<String, Long> startLogFigures() {
        Path log = baseDir.resolve("log").resolve("server.log");
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            Map<String, Long> figures = new java.util.LinkedHashMap<>();
            lastMatch(PLATFORM_READY, text).ifPresent(ms -> figures.put("platform bootstrap", ms));
            lastMatch(WILDFLY_STARTED, text).ifPresent(ms -> figures.put("WildFly started", ms));
            return figures;
        } catch (IOException e) {
            return Map.of();
        }
    }

    static Optional<Long> lastMatch(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        Long last = null;
        while (matcher.find()) {
            last = Long.parseLong(matcher.group(1));
        }
        return Optional.ofNullable(last);
    }

    static List<String> describeStartLog(Map<String, Long> figures) {
        return figures.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue() + " ms").toList();
    }

    private static void say(String text) {
        System.err.println("kontingent: " + text);
    }
}
