package ru.kontingent.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/** Ready only when the database answers and the tenant catalog can be read. */
@Readiness
@ApplicationScoped
public class CatalogReadiness implements HealthCheck {

    @Resource(lookup = "java:jboss/datasources/KontingentDS")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(5);
            try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM platform.region")) {
                rows.next();
                return HealthCheckResponse.named("kontingent-catalog").up().withData("regions", rows.getLong(1)).build();
            }
        } catch (Exception e) {
            // The reason stays in the log: the health endpoint is no place for connection details.
            return HealthCheckResponse.named("kontingent-catalog").down().build();
        }
    }
}
