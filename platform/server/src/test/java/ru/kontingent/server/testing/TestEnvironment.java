package ru.kontingent.server.testing;

import ru.kontingent.devtools.Database;
import ru.kontingent.devtools.DatabaseLauncher;
import ru.kontingent.devtools.DevKeys;
import ru.kontingent.devtools.TokenMinter;

import java.nio.file.Path;

/**
 * What the integration tests run against, started once per test JVM before Arquillian reads its
 * configuration: a private PostgreSQL (or the one {@code KONTINGENT_DB_URL} names), a fresh dev
 * key pair, and the server properties that point WildFly at both.
 */
public final class TestEnvironment {

    public static final String ISSUER = TokenMinter.DEFAULT_ISSUER;
    public static final String AUDIENCE = TokenMinter.DEFAULT_AUDIENCE;

    /** Test-only secret; a real deployment sets KONTINGENT_FEDERAL_INDEX_KEY. */
    public static final String FEDERAL_INDEX_KEY = "test-federal-index-key-" + java.util.UUID.randomUUID();

    /** Lines per import batch on the test server (the production default is larger). */
    private static final int IMPORT_BATCH_SIZE = 500;

    /**
     * Ports move by {@code -Dkontingent.it.port.offset=N} so that several test runs can share a
     * machine (each from its own checkout); the restartable server sits 100 above.
     */
    private static final int RESTART_OFFSET = 100;

    private static Database database;
    private static DevKeys keys;
    private static Path repoRoot;

    private TestEnvironment() {
    }

    public static synchronized void start() {
        if (database != null) {
            return;
        }
        Path build = Path.of(System.getProperty("kontingent.build.dir", "target")).toAbsolutePath();
        repoRoot = Path.of(System.getProperty("kontingent.repo.root", "../..")).toAbsolutePath().normalize();
        keys = DevKeys.loadOrCreate(build.resolve("test-keys"));
        database = DatabaseLauncher.start(null);
        Runtime.getRuntime().addShutdownHook(new Thread(database::close, "test-database-stop"));

        Path restartHome = RestartableServerHome.create(build.resolve("server"), build.resolve("restart-home"));

        System.setProperty("kontingent.server.properties", String.join(" ",
                "-Dkontingent.db.url=" + database.jdbcUrl(),
                "-Dkontingent.db.user=" + database.user(),
                "-Dkontingent.db.password=" + database.password(),
                "-Dkontingent.db.migration.user=" + database.migrationUser(),
                "-Dkontingent.db.migration.password=" + database.migrationPassword(),
                "-Dmp.jwt.verify.publickey.location=" + keys.publicKeyPath().toAbsolutePath(),
                "-Dmp.jwt.verify.issuer=" + ISSUER,
                "-Dmp.jwt.verify.audiences=" + AUDIENCE,
                "-Dkontingent.tenants.dir=" + repoRoot.resolve("tenants"),
                "-Djboss.socket.binding.port-offset=" + portOffset(),
                // The micrometer subsystem's Prometheus registry (configure-server.cli) is a community-stability feature.
                "-Djboss.stability=community",
                "-Dkontingent.federal-index.key=" + FEDERAL_INDEX_KEY,
                // Small import batches, so tests reach a batch boundary (ImportIT's failing batch) with few lines.
                "-Dkontingent.import.batch-size=" + IMPORT_BATCH_SIZE));
        System.setProperty("kontingent.restart.home", restartHome.toString());
        System.setProperty("kontingent.it.management.port", String.valueOf(managementPort()));
        System.setProperty("kontingent.it.restart.port.offset", String.valueOf(portOffset() + RESTART_OFFSET));
        System.setProperty("kontingent.it.restart.management.port", String.valueOf(managementPort() + RESTART_OFFSET));
    }

    public static int portOffset() {
        return Integer.getInteger("kontingent.it.port.offset", 0);
    }

    public static int httpPort() {
        return 8080 + portOffset();
    }

    public static int managementPort() {
        return 9990 + portOffset();
    }

    public static int restartHttpPort() {
        return httpPort() + RESTART_OFFSET;
    }

    public static Database database() {
        start();
        return database;
    }

    public static DevKeys keys() {
        start();
        return keys;
    }

    public static Path repoRoot() {
        start();
        return repoRoot;
    }
}
