package ru.kontingent.server;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.kontingent.devtools.Database;
import ru.kontingent.server.testing.KontingentIT;
import ru.kontingent.server.testing.Regions;
import ru.kontingent.server.testing.RegistryCalls;
import ru.kontingent.server.testing.Sql;
import ru.kontingent.server.testing.TestEnvironment;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The database role the server runs as (KontingentDS) reads and writes rows and nothing more: it
 * owns no schema, cannot create, alter or drop, and cannot rewrite the audit journals; the schemas
 * belong to the migration role that onboarding and start-up migrations use. Checked by connecting
 * as the server's own role, after a region was onboarded through the API.
 */
class LeastPrivilegeIT extends KontingentIT {

    /** PostgreSQL's SQLSTATE for "permission denied" (and "must be owner"). */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private static String schema;
    private static String studentId;

    @BeforeAll
    static void aRegionWithAStudent() {
        String region = Regions.onboard(api, "lp", 1);
        schema = "region_" + region;
        RegistryCalls registry = new RegistryCalls(api, region);
        studentId = registry.student(registry.ministry());
    }

    private static Connection asTheServer() throws SQLException {
        Database database = TestEnvironment.database();
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }

    private static void refused(String sql) throws SQLException {
        try (Connection connection = asTheServer(); Statement statement = connection.createStatement()) {
            SQLException error = assertThrows(SQLException.class, () -> statement.execute(sql), sql);
            assertEquals(INSUFFICIENT_PRIVILEGE, error.getSQLState(), () -> sql + ": " + error.getMessage());
        }
    }

    @Test
    void theServersRoleReadsAndWritesRows() throws SQLException {
        try (Connection connection = asTheServer(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT count(*) FROM " + schema + ".student");
            statement.execute("UPDATE " + schema + ".student SET updated_at = updated_at WHERE id = '" + studentId + "'");
            statement.execute("INSERT INTO " + schema + ".audit_event (at, actor, role, action, subject_type, subject_id)"
                    + " VALUES (now(), 'least-privilege-it', 'none', 'READ', 'student', 'x')");
        }
    }

    @Test
    void itCreatesAltersAndDropsNothing() throws SQLException {
        refused("CREATE TABLE " + schema + ".intruder (id int)");
        refused("CREATE SCHEMA intruder");
        refused("CREATE TABLE public.intruder (id int)");
        refused("ALTER TABLE " + schema + ".student ADD COLUMN intruder int");
        refused("DROP TABLE " + schema + ".enrollment");
        refused("DROP TRIGGER audit_event_no_rewrite ON " + schema + ".audit_event");
        refused("CREATE INDEX intruder ON platform.region (name)");
    }

    @Test
    void itCannotRewriteTheJournalsOrTheMigrationHistory() throws SQLException {
        refused("UPDATE " + schema + ".audit_event SET actor = 'someone else'");
        refused("DELETE FROM " + schema + ".audit_event");
        refused("TRUNCATE " + schema + ".audit_event");
        refused("UPDATE platform.platform_audit SET actor = 'someone else'");
        refused("DELETE FROM platform.platform_audit");
        refused("SELECT * FROM " + schema + ".databasechangelog");
        refused("DELETE FROM platform.databasechangelog");
    }

    @Test
    void theSchemasBelongToTheMigrationRole() {
        Database database = TestEnvironment.database();
        List<List<Object>> owners = Sql.rows("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname IN (?, 'platform')", schema);
        assertEquals(List.of(List.of(database.migrationUser())), owners);
        assertEquals(1, Sql.count("SELECT count(*) FROM pg_namespace n JOIN pg_roles r ON r.oid = n.nspowner"
                + " WHERE n.nspname = ? AND r.rolname = ?", schema, database.migrationUser()));
    }
}
