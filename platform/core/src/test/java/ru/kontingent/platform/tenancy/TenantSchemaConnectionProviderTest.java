package ru.kontingent.platform.tenancy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.kontingent.devtools.Database;
import ru.kontingent.devtools.DatabaseLauncher;
import ru.kontingent.platform.region.InvalidRegionCodeException;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tenancy guarantee against a real PostgreSQL: a pooled connection is handed back unchanged,
 * so whatever schema a previous use left on it (or a rollback restored) must never leak into the
 * next region's work. The "pool" here holds exactly one physical connection, the worst case.
 */
class TenantSchemaConnectionProviderTest {

    private static final String UNDEFINED_TABLE = "42P01";

    private static Database database;

    private Connection physical;
    private SingleConnectionPool pool;
    private TenantSchemaConnectionProvider provider;

    @BeforeAll
    static void startDatabase() throws SQLException {
        database = DatabaseLauncher.start(null);
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.migrationUser(), database.migrationPassword());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA platform");
            for (String region : new String[]{"a", "b"}) {
                String schema = "region_" + region;
                statement.execute("CREATE SCHEMA " + schema);
                statement.execute("CREATE TABLE " + schema + ".t (id int PRIMARY KEY, v text)");
                statement.execute("INSERT INTO " + schema + ".t VALUES (1, '" + region.toUpperCase() + "')");
            }
        }
    }

    @AfterAll
    static void stopDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void openPool() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", database.migrationUser());
        properties.setProperty("password", database.migrationPassword());
        // Server-side prepared statements from the first use, as Hibernate's statements become in a
        // long-lived pool: a plan prepared under one region's search_path must not serve another.
        properties.setProperty("prepareThreshold", "1");
        physical = DriverManager.getConnection(database.jdbcUrl(), properties);
        pool = new SingleConnectionPool(physical);
        provider = new TenantSchemaConnectionProvider(pool);
    }

    @AfterEach
    void closePool() throws SQLException {
        physical.close();
    }

    @Test
    void eachAcquisitionSetsTheRegionEvenAfterARollbackUndidTheLastOne() throws SQLException {
        // (1) region a
        Connection a = provider.getConnection("a");
        assertSame(physical, a.unwrap(Connection.class), "the pool hands out its one physical connection");
        assertRegion(a, "region_a", "A");
        provider.releaseConnection("a", a);

        // (2) region b on the same physical connection
        Connection b = provider.getConnection("b");
        assertRegion(b, "region_b", "B");
        provider.releaseConnection("b", b);

        // (3) a JTA transaction for region a that rolls back
        physical.setAutoCommit(false);
        Connection inTransaction = provider.getConnection("a");
        assertRegion(inTransaction, "region_a", "A");
        physical.rollback();
        provider.releaseConnection("a", inTransaction);
        physical.setAutoCommit(true);
        // The trap: PostgreSQL undid the SET search_path with the transaction. The connection is
        // back in the pool pointing at region b although region a was the last one set on it.
        assertEquals("region_b", currentSchema(physical),
                "PostgreSQL reverts SET search_path on rollback; a provider caching 'schema already set' would now leak");

        // (4) region b again: right, but only by coincidence of the revert
        Connection bAgain = provider.getConnection("b");
        assertRegion(bAgain, "region_b", "B");
        provider.releaseConnection("b", bAgain);

        // (5) region a again: a provider that believed the connection still on region_a would serve B here
        Connection aAgain = provider.getConnection("a");
        assertRegion(aAgain, "region_a", "A");
        provider.releaseConnection("a", aAgain);

        assertEquals(5, pool.handedOut);
        assertEquals(5, pool.returned, "every connection acquired was given back to the pool");
    }

    /**
     * The decisive order for a provider that remembers "region a already set on this connection":
     * the rollback silently moved the connection back to region b, and the very next request is
     * for region a again. Steps (4) and (5) above cannot catch that memory (b comes first and
     * refreshes it); this one does.
     */
    @Test
    void theSameRegionRightAfterARollbackIsSetAgain() throws SQLException {
        Connection b = provider.getConnection("b");
        assertRegion(b, "region_b", "B");
        provider.releaseConnection("b", b);

        physical.setAutoCommit(false);
        Connection inTransaction = provider.getConnection("a");
        assertRegion(inTransaction, "region_a", "A");
        physical.rollback();
        provider.releaseConnection("a", inTransaction);
        physical.setAutoCommit(true);
        assertEquals("region_b", currentSchema(physical));

        Connection aAgain = provider.getConnection("a");
        assertRegion(aAgain, "region_a", "A");
        provider.releaseConnection("a", aAgain);

        assertEquals(3, pool.handedOut);
        assertEquals(3, pool.returned);
    }

    @Test
    void aCommittedTransactionKeepsItsRegionAndTheNextRegionStillReplacesIt() throws SQLException {
        physical.setAutoCommit(false);
        Connection a = provider.getConnection("a");
        assertRegion(a, "region_a", "A");
        physical.commit();
        provider.releaseConnection("a", a);
        physical.setAutoCommit(true);
        assertEquals("region_a", currentSchema(physical), "a committed SET search_path stays on the connection");

        Connection b = provider.getConnection("b");
        assertRegion(b, "region_b", "B");
        provider.releaseConnection("b", b);
    }

    @Test
    void aSchemaLeftOnThePooledConnectionIsOverridden() throws SQLException {
        try (Statement statement = physical.createStatement()) {
            statement.execute("SET search_path TO region_a");
        }
        assertEquals("region_a", currentSchema(physical));

        Connection b = provider.getConnection("b");
        assertRegion(b, "region_b", "B");
        provider.releaseConnection("b", b);
        assertEquals(1, pool.returned);
    }

    @Test
    void theNeutralConnectionSeesNoRegionTables() throws SQLException {
        Connection any = provider.getConnection("a");
        provider.releaseConnection("a", any);

        Connection neutral = provider.getAnyConnection();
        assertEquals("platform", currentSchema(neutral));
        SQLException hidden = assertThrows(SQLException.class, () -> value(neutral));
        assertEquals(UNDEFINED_TABLE, hidden.getSQLState(), hidden.getMessage());
        provider.releaseAnyConnection(neutral);

        assertEquals(2, pool.handedOut);
        assertEquals(2, pool.returned);
    }

    @Test
    void aRegionWithoutSchemaFallsBackToNothing() throws SQLException {
        Connection missing = provider.getConnection("zz");
        assertNull(currentSchema(missing), "search_path names only the absent region_zz; public is not on it");
        SQLException hidden = assertThrows(SQLException.class, () -> value(missing));
        assertEquals(UNDEFINED_TABLE, hidden.getSQLState(), hidden.getMessage());
        provider.releaseConnection("zz", missing);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a; drop schema region_b cascade", "A", "", "../x", "a\"; drop schema region_b cascade; --",
            "a' ; drop schema region_b cascade; --", "region_b,public"})
    void anInvalidTenantIdentifierNeverReachesTheDatabase(String identifier) throws SQLException {
        assertThrows(InvalidRegionCodeException.class, () -> provider.getConnection(identifier));

        assertEquals(pool.returned, pool.handedOut, "no connection is left checked out");
        try (Statement statement = physical.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_namespace WHERE nspname = 'region_b'")) {
            assertTrue(rows.next());
            assertEquals(1, rows.getInt(1), "region_b still exists");
        }
        try (Statement statement = physical.createStatement();
             ResultSet rows = statement.executeQuery("SELECT v FROM region_b.t WHERE id = 1")) {
            assertTrue(rows.next());
            assertEquals("B", rows.getString(1));
        }
    }

    @Test
    void aNullTenantIdentifierIsRefused() {
        assertThrows(InvalidRegionCodeException.class, () -> provider.getConnection(null));
        assertEquals(pool.returned, pool.handedOut);
    }

    @Test
    void aConnectionWhoseSchemaCannotBeSetIsReturnedAndTheFailureRaised() {
        SQLException broken = new SQLException("connection reset", "08006");
        CountingDataSource failing = new CountingDataSource(() -> (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[]{Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setSchema")) {
                        throw broken;
                    }
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                }));
        TenantSchemaConnectionProvider failingProvider = new TenantSchemaConnectionProvider(failing);

        assertSame(broken, assertThrows(SQLException.class, () -> failingProvider.getConnection("a")));
        assertSame(broken, assertThrows(SQLException.class, failingProvider::getAnyConnection));
        assertEquals(2, failing.handedOut);
        assertEquals(2, failing.returned, "a connection that failed its schema is closed, not leaked");
    }

    @Test
    void aGivenDataSourceIsKeptWhenHibernateConfiguresTheProvider() throws SQLException {
        provider.configure(Map.of(TenantSchemaConnectionProvider.DATASOURCE_PROPERTY, "java:nowhere/Missing"));

        Connection a = provider.getConnection("a");
        assertRegion(a, "region_a", "A");
        provider.releaseConnection("a", a);
        assertEquals(1, pool.handedOut);
    }

    @Test
    void anUnknownJndiDataSourceFailsConfigurationByName() {
        TenantSchemaConnectionProvider unconfigured = new TenantSchemaConnectionProvider();

        IllegalStateException named = assertThrows(IllegalStateException.class,
                () -> unconfigured.configure(Map.of(TenantSchemaConnectionProvider.DATASOURCE_PROPERTY, "java:nowhere/Missing")));
        assertTrue(named.getMessage().contains("java:nowhere/Missing"), named.getMessage());

        IllegalStateException byDefault = assertThrows(IllegalStateException.class, () -> unconfigured.configure(Map.of()));
        assertTrue(byDefault.getMessage().contains(TenantSchemaConnectionProvider.DEFAULT_DATASOURCE), byDefault.getMessage());
    }

    @Test
    void unwrapsToItselfOnlyAndHoldsConnectionsForTheWholeTransaction() {
        assertTrue(provider.isUnwrappableAs(TenantSchemaConnectionProvider.class));
        assertSame(provider, provider.unwrap(TenantSchemaConnectionProvider.class));
        assertFalse(provider.isUnwrappableAs(DataSource.class));
        assertThrows(org.hibernate.service.UnknownUnwrapTypeException.class, () -> provider.unwrap(DataSource.class));
        assertFalse(provider.supportsAggressiveRelease());
    }

    private static void assertRegion(Connection connection, String schema, String value) throws SQLException {
        assertEquals(schema, currentSchema(connection));
        assertEquals(value, value(connection));
    }

    private static String currentSchema(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT current_schema()")) {
            assertTrue(rows.next());
            return rows.getString(1);
        }
    }

    /** A prepared statement, the way Hibernate reads, reused by the driver across acquisitions. */
    private static String value(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT v FROM t WHERE id = ?")) {
            statement.setInt(1, 1);
            try (ResultSet rows = statement.executeQuery()) {
                assertTrue(rows.next());
                return rows.getString(1);
            }
        }
    }

    /** Counts acquisitions and returns of whatever connections it hands out. */
    private static class CountingDataSource implements DataSource {

        interface Source {
            Connection next() throws SQLException;
        }

        private final Source source;
        int handedOut;
        int returned;

        CountingDataSource(Source source) {
            this.source = source;
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = source.next();
            handedOut++;
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                    returningHandle(connection));
        }

        private InvocationHandler returningHandle(Connection connection) {
            return (proxy, method, args) -> {
                if (method.getName().equals("close") && method.getParameterCount() == 0) {
                    returned++;
                    return null; // back to the pool, unchanged: search_path and all
                }
                if (method.getName().equals("unwrap") && Connection.class.equals(args[0])) {
                    return connection;
                }
                try {
                    return method.invoke(connection, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }

    /** A pool of one: always the same physical connection, handed back as it was left. */
    private static final class SingleConnectionPool extends CountingDataSource {

        SingleConnectionPool(Connection physical) {
            super(() -> physical);
        }
    }
}
