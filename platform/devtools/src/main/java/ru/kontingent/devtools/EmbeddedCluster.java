package ru.kontingent.devtools;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Starts zonky's embedded PostgreSQL and gives it the application's role and database. */
final class EmbeddedCluster {

    static final String ROLE = "kontingent";
    static final String DATABASE = "kontingent";
    static final String PASSWORD = "kontingent";

    private EmbeddedCluster() {
    }

    static Database start(Path dataDirOrNull) {
        PostgresLog log = dataDirOrNull == null
                ? PostgresLog.temporary()
                : PostgresLog.beside(dataDirOrNull.toAbsolutePath().normalize());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                // The caller's close() decides the order (WildFly first, then the database).
                .setRegisterShutdownHook(false)
                .setOutputRedirector(log.redirect())
                .setErrorRedirector(log.redirect());
        if (dataDirOrNull == null) {
            System.err.println("kontingent: starting a temporary embedded PostgreSQL...");
        } else {
            Path dataDir = PersistentDataDir.prepare(dataDirOrNull);
            System.err.println("kontingent: starting embedded PostgreSQL, data in " + dataDir + " ...");
            builder.setDataDirectory(dataDir.toFile()).setCleanDataDirectory(false);
        }

        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } catch (IOException | RuntimeException | ExceptionInInitializerError e) {
            throw new IllegalStateException("embedded PostgreSQL did not start; " + log.describeTail(), e);
        }
        try {
            createRoleAndDatabase(postgres);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(postgres, e);
            throw new IllegalStateException("could not create role and database '" + DATABASE + "'", e);
        }
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
        return new Database(url, ROLE, PASSWORD, () -> {
            System.err.println("kontingent: stopping PostgreSQL...");
            postgres.close();
            log.discardIfTemporary();
        });
    }

    private static void createRoleAndDatabase(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", ROLE)) {
                statement.execute("CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + PASSWORD + "'");
            }
            // CREATE DATABASE cannot run in a transaction; the connection is in autocommit.
            if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", DATABASE)) {
                statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + ROLE);
            }
        }
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres, Exception cause) {
        try {
            postgres.close();
        } catch (IOException | UncheckedIOException e) {
            cause.addSuppressed(e);
        }
    }
}
