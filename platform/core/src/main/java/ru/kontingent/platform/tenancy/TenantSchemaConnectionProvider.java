package ru.kontingent.platform.tenancy;

import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.hibernate.service.UnknownUnwrapTypeException;
import org.hibernate.service.spi.Configurable;
import ru.kontingent.platform.region.RegionCode;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Function;

/**
 * One pool per database server, shared by its regions: the pool is chosen by the datasource the
 * catalog names for the region ({@link RegionPools}), and each connection handed to Hibernate gets
 * the region's schema set on every acquisition. Nothing is trusted from a previous use of the
 * pooled connection: PostgreSQL undoes a {@code SET search_path} when the transaction that ran it
 * rolls back, so a connection may come back with any schema (or none) and remembering "already
 * set" would leak across regions.
 */
public class TenantSchemaConnectionProvider implements MultiTenantConnectionProvider<String>, Configurable {

    /** Persistence property naming the JNDI datasource of {@link #getAnyConnection}; the default is the primary's. */
    public static final String DATASOURCE_PROPERTY = "kontingent.tenant.datasource";
    public static final String DEFAULT_DATASOURCE = "java:jboss/datasources/KontingentDS";
    /** The schema of a connection that belongs to no region: it holds no personal data. */
    public static final String NEUTRAL_SCHEMA = "platform";

    private DataSource dataSource;
    private Function<RegionCode, DataSource> poolOfRegion;

    public TenantSchemaConnectionProvider() {
    }

    /** Every region on one pool (a unit test's). */
    public TenantSchemaConnectionProvider(DataSource dataSource) {
        this.dataSource = dataSource;
        this.poolOfRegion = region -> dataSource;
    }

    @Override
    public void configure(Map<String, Object> settings) {
        if (dataSource != null) {
            return;
        }
        Object name = settings.getOrDefault(DATASOURCE_PROPERTY, DEFAULT_DATASOURCE);
        try {
            dataSource = (DataSource) new InitialContext().lookup(name.toString());
        } catch (NamingException e) {
            throw new IllegalStateException("Tenant datasource not found: " + name, e);
        }
        poolOfRegion = new RegionPools();
    }

    @Override
    public Connection getAnyConnection() throws SQLException {
        return withSchema(dataSource.getConnection(), NEUTRAL_SCHEMA);
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public Connection getConnection(String tenantIdentifier) throws SQLException {
        // The identifier came from the bound region, but it is checked again: it becomes SQL.
        RegionCode region = RegionCode.of(tenantIdentifier);
        return withSchema(poolOfRegion.apply(region).getConnection(), region.schema());
    }

    @Override
    public void releaseConnection(String tenantIdentifier, Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    private static Connection withSchema(Connection connection, String schema) throws SQLException {
        try {
            connection.setSchema(schema);
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public boolean isUnwrappableAs(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new UnknownUnwrapTypeException(type);
    }
}
