package ru.kontingent.platform.datasource;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The configured database servers: the primary ({@code KontingentDS}, {@code KontingentMigrationDS})
 * and the extra ones named by {@code kontingent.datasources} ({@code KONTINGENT_DATASOURCES}),
 * each a pair of WildFly datasources {@code KontingentDS_<name>} / {@code KontingentMigrationDS_<name>}
 * with its own URL and users. One pool per server, shared by all its regions.
 */
@ApplicationScoped
public class Datasources {

    static final String CONFIG = "kontingent.datasources";

    @Inject
    Config config;

    private List<String> names;
    private final Map<String, DataSource> pools = new ConcurrentHashMap<>();

    @PostConstruct
    void read() {
        names = DatasourceNames.parse(config.getOptionalValue(CONFIG, String.class).orElse(""));
    }

    /** The primary first, then the others in configured order. */
    public List<String> names() {
        return names;
    }

    public boolean isPrimary(String name) {
        return DatasourceNames.PRIMARY.equals(name);
    }

    /** The name, if configured; otherwise a 400 for onboarding. */
    public String requireKnown(String name) {
        if (!names.contains(name)) {
            throw new UnknownDatasourceException();
        }
        return name;
    }

    public DataSource runtime(String name) {
        return pool(DatasourceNames.runtimeJndi(configured(name)));
    }

    public DataSource migration(String name) {
        return pool(DatasourceNames.migrationJndi(configured(name)));
    }

    /** A catalog row naming a server this deployment lacks must stop the start, never fall back to another server. */
    private String configured(String name) {
        if (!names.contains(name)) {
            throw new IllegalStateException("the catalog names datasource '" + name + "', which is not configured (" + CONFIG + ")");
        }
        return name;
    }

    private DataSource pool(String jndi) {
        return pools.computeIfAbsent(jndi, Datasources::lookup);
    }

    public static DataSource lookup(String jndi) {
        try {
            return (DataSource) new InitialContext().lookup(jndi);
        } catch (NamingException e) {
            throw new IllegalStateException("datasource not found: " + jndi, e);
        }
    }
}
