package ru.kontingent.platform.migration;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ru.kontingent.platform.datasource.Datasources;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Least privilege in the database: the role the application runs as ({@code KontingentDS}) owns
 * no schema and can create or drop nothing; after each migration the migration role grants it
 * row access to the schema's tables, minus rewriting the append-only journals and touching
 * Liquibase's bookkeeping. When both data sources use one role (a development database), there
 * is nothing to grant.
 */
@ApplicationScoped
public class RuntimeGrants {

    private static final List<String> LIQUIBASE_TABLES = List.of("databasechangelog", "databasechangeloglock");

    @Inject
    Datasources datasources;

    /** Each server may have runtime users of its own. */
    private final Map<String, String> runtimeRoles = new ConcurrentHashMap<>();

    /**
     * The role that server's runtime pool connects as, asked of the database itself. Outside any
     * transaction: a start that finds a region of another server already migrated asks this inside
     * the catalog's transaction, where a second server's local resource cannot be enlisted.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public String runtimeRole(String datasource) {
        String role = runtimeRoles.get(datasource);
        if (role == null) {
            try (Connection connection = datasources.runtime(datasource).getConnection()) {
                role = currentUser(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot reach database server '" + datasource + "' to learn the runtime role", e);
            }
            runtimeRoles.put(datasource, role);
        }
        return role;
    }

    /**
     * @param datasource      the server {@code migration} is connected to
     * @param schema          a schema name derived from a validated region code, or the catalog's
     * @param appendOnlyTables tables the runtime may insert into and read, never update or delete
     */
    void grant(Connection migration, String datasource, String schema, List<String> appendOnlyTables) throws SQLException {
        String role = runtimeRole(datasource);
        if (role.equals(currentUser(migration))) {
            return;
        }
        String grantee = quote(role);
        String qualifier = quote(schema) + ".";
        try (Statement statement = migration.createStatement()) {
            statement.execute("GRANT USAGE ON SCHEMA " + quote(schema) + " TO " + grantee);
            statement.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + quote(schema) + " TO " + grantee);
            statement.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA " + quote(schema) + " TO " + grantee);
            for (String table : appendOnlyTables) {
                statement.execute("REVOKE UPDATE, DELETE, TRUNCATE ON " + qualifier + quote(table) + " FROM " + grantee);
            }
            for (String table : LIQUIBASE_TABLES) {
                statement.execute("REVOKE ALL ON " + qualifier + quote(table) + " FROM " + grantee);
            }
        }
    }

    private static String currentUser(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("SELECT current_user")) {
            row.next();
            return row.getString(1);
        }
    }

    /** Identifiers here come from the database (a role name) or from validated codes; quoting still closes the door. */
    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
