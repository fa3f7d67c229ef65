package ru.kontingent.platform.bootstrap;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.IntSupplier;

/**
 * One node at a time onboards the regions of {@code tenants/}: a PostgreSQL advisory lock on the
 * primary, held for the whole pass. Nodes starting together would otherwise each pick a server for
 * the same new region (least-loaded, as each sees it), and the one whose insert loses would leave
 * an empty schema behind on the server it picked. The next node in waits, then finds the regions
 * in the catalog.
 */
@ApplicationScoped
class OnboardingLock {

    /** Any constant: the lock names "onboarding from tenants/" for every node of the deployment. */
    private static final long KEY = 0x6b6f6e74L;

    @Resource(lookup = "java:jboss/datasources/KontingentDS")
    DataSource primary;

    int holding(IntSupplier onboarding) {
        try (Connection connection = primary.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_lock(" + KEY + ")");
            try {
                return onboarding.getAsInt();
            } finally {
                statement.execute("select pg_advisory_unlock(" + KEY + ")");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the onboarding lock on the catalog's database", e);
        }
    }
}
