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

/**
 * Starts zonky's embedded PostgreSQL and gives it the application's database with two roles, as
 * production has them: {@value #OWNER} owns the database and every schema (migrations), {@value #ROLE}
 * only connects and reads and writes the rows it is granted.
 */
final class EmbeddedCluster {

    static final String ROLE = "kontingent";
    static final String OWNER = "kontingent_owner";
    static final String DATABASE = "kontingent";
    static final String PASSWORD = "kontingent";
    /** zonky's superuser, who may act on any database of the cluster. */
    private static final String SUPERUSER = "postgres";

    private EmbeddedCluster() {
    }

    static Database start(Path dataDirOrNull) {
        return start(dataDirOrNull, 0);
    }

    /** @param port a fixed port, so that a stopped cluster comes back where clients look for it; 0 for any free one */
    static Database start(Path dataDirOrNull, int port) {
        PostgresLog log = dataDirOrNull == null
                ? PostgresLog.temporary()
                : PostgresLog.beside(dataDirOrNull.toAbsolutePath().normalize());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                // The caller's close() decides the order (WildFly first, then the database).
                .setRegisterShutdownHook(false)
                .setOutputRedirector(log.redirect())
                .setErrorRedirector(log.redirect());
        if (port != 0) {
            builder.setPort(port);
        }
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
        return new Database(url, ROLE, PASSWORD, OWNER, PASSWORD, () -> {
            System.err.println("kontingent: stopping PostgreSQL...");
            postgres.close();
            log.discardIfTemporary();
        });
    }

    private static void createRoleAndDatabase(EmbeddedPostgres postgres) throws SQLException {
        boolean ownedByTheApplication;
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            for (String role : new String[]{ROLE, OWNER}) {
                if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", role)) {
                    statement.execute("CREATE ROLE " + role + " LOGIN NOCREATEDB NOCREATEROLE PASSWORD '" + PASSWORD + "'");
                }
            }
            ownedByTheApplication = exists(connection, "SELECT 1 FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba"
                    + " WHERE d.datname = ? AND r.rolname = '" + ROLE + "'", DATABASE);
            // CREATE DATABASE cannot run in a transaction; the connection is in autocommit.
            if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", DATABASE)) {
                statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER);
            } else if (ownedByTheApplication) {
                statement.execute("ALTER DATABASE " + DATABASE + " OWNER TO " + OWNER);
            }
        }
        try (Connection connection = postgres.getDatabase(SUPERUSER, DATABASE).getConnection();
                Statement statement = connection.createStatement()) {
            if (ownedByTheApplication) {
                // A data directory from before the two roles: hand the schemas to the owner.
                statement.execute("REASSIGN OWNED BY " + ROLE + " TO " + OWNER);
            }
            statement.execute("REVOKE ALL ON DATABASE " + DATABASE + " FROM PUBLIC");
            statement.execute("GRANT CONNECT, TEMPORARY ON DATABASE " + DATABASE + " TO " + ROLE);
            statement.execute("ALTER SCHEMA public OWNER TO " + OWNER);
            statement.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
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
