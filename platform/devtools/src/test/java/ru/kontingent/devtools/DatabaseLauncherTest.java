package ru.kontingent.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseLauncherTest {

    // An empty environment, so a KONTINGENT_DB_URL set on the machine cannot redirect these tests.
    private static final Map<String, String> NO_EXTERNAL_DATABASE = Map.of();

    @TempDir
    Path workDir;

    @Test
    void dataDirectoryKeepsTablesBetweenStarts() throws Exception {
        Path dataDir = workDir.resolve("pgdata");

        try (Database first = DatabaseLauncher.start(dataDir, NO_EXTERNAL_DATABASE)) {
            assertTrue(first.jdbcUrl().matches("jdbc:postgresql://localhost:\\d+/kontingent"), first.jdbcUrl());
            try (Connection connection = connect(first); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE survivor (id int PRIMARY KEY, name text)");
                statement.execute("INSERT INTO survivor VALUES (1, 'kept')");
            }
        }
        assertTrue(Files.exists(dataDir.resolve("PG_VERSION")), "the cluster stays on disk after close");

        try (Database second = DatabaseLauncher.start(dataDir, NO_EXTERNAL_DATABASE);
                Connection connection = connect(second);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT name FROM survivor WHERE id = 1")) {
            assertTrue(rows.next());
            assertEquals("kept", rows.getString(1));
        }
    }

    @Test
    void temporaryClusterIsRemovedOnClose() throws Exception {
        Path clusterDir;
        try (Database database = DatabaseLauncher.start(null, NO_EXTERNAL_DATABASE);
                // Only a superuser may read data_directory; the embedded cluster trusts local connections.
                Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SHOW data_directory")) {
            assertTrue(rows.next());
            clusterDir = Path.of(rows.getString(1));
            assertTrue(Files.isDirectory(clusterDir));
        }
        assertFalse(Files.exists(clusterDir), "temporary cluster removed: " + clusterDir);
    }

    @Test
    void externalDatabaseIsUsedAsGivenAndNeverStopped() {
        Map<String, String> environment = Map.of(
                DatabaseLauncher.URL_VARIABLE, "jdbc:postgresql://db.example:5432/app",
                DatabaseLauncher.USER_VARIABLE, "app");

        Database database = DatabaseLauncher.start(workDir.resolve("unused"), environment);
        database.close();

        assertEquals("jdbc:postgresql://db.example:5432/app", database.jdbcUrl());
        assertEquals("app", database.user());
        assertEquals("kontingent", database.password());
        assertEquals("app", database.migrationUser(), "one role for both when no migration user is given");
        assertFalse(Files.exists(workDir.resolve("unused")), "no embedded cluster prepared");
    }

    @Test
    void refusesADirectoryThatHoldsSomethingElse() throws Exception {
        Path notACluster = Files.createDirectories(workDir.resolve("photos"));
        Files.writeString(notACluster.resolve("cat.jpg"), "meow");

        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> DatabaseLauncher.start(notACluster, NO_EXTERNAL_DATABASE));

        assertTrue(error.getMessage().contains("neither empty nor a PostgreSQL data directory"), error.getMessage());
    }

    @Test
    void theApplicationsRoleCreatesNothingAndTheOwnerDoes() throws Exception {
        try (Database database = DatabaseLauncher.start(null, NO_EXTERNAL_DATABASE);
                Connection runtime = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                Statement statement = runtime.createStatement()) {
            assertThrows(SQLException.class, () -> statement.execute("CREATE SCHEMA intruder"));
            assertThrows(SQLException.class, () -> statement.execute("CREATE TABLE public.intruder (id int)"));
            statement.execute("CREATE TEMPORARY TABLE staging (id int)");
            try (Connection owner = connect(database); Statement ddl = owner.createStatement()) {
                ddl.execute("CREATE SCHEMA owned");
            }
        }
    }

    /** As the schemas' owner: these tests create tables. */
    private static Connection connect(Database database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.migrationUser(), database.migrationPassword());
    }
}
