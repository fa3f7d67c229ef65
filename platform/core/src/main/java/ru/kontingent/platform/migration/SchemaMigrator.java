package ru.kontingent.platform.migration;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import ru.kontingent.platform.module.KontingentModule;
import ru.kontingent.platform.module.ModuleCatalog;
import ru.kontingent.platform.region.RegionCode;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Creates and migrates schemas with Liquibase: the catalog ({@code platform}) and each region's
 * schema with the platform's region changelog followed by every deployed module's changelog.
 * Runs outside any JTA transaction because Liquibase commits each change set itself.
 */
@ApplicationScoped
public class SchemaMigrator {

    public static final String CATALOG_SCHEMA = "platform";
    static final String CATALOG_CHANGELOG = "liquibase/platform/catalog.xml";
    static final String REGION_CHANGELOG = "liquibase/platform/region.xml";

    @Resource(lookup = "java:jboss/datasources/KontingentDS")
    DataSource dataSource;

    @Inject
    ModuleCatalog modules;

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void migrateCatalog() {
        migrate(CATALOG_SCHEMA, List.of(CATALOG_CHANGELOG));
    }

    /** Migrates a region schema and answers the fingerprint of what it now holds. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public String migrateRegion(RegionCode region) {
        migrate(region.schema(), regionChangelogs());
        return regionFingerprint();
    }

    /** What a region schema migrated by this deployment is stamped with. */
    public String regionFingerprint() {
        return ChangelogFingerprint.of(regionChangelogs(), SchemaMigrator.class.getClassLoader());
    }

    List<String> regionChangelogs() {
        List<String> changelogs = new ArrayList<>();
        changelogs.add(REGION_CHANGELOG);
        for (KontingentModule module : modules.all()) {
            changelogs.add(module.changelog());
        }
        return changelogs;
    }

    /** {@code schema} is either the catalog constant or derived from a validated {@link RegionCode}. */
    private void migrate(String schema, List<String> changelogs) {
        ResourceAccessor resources = new ClassLoaderResourceAccessor(SchemaMigrator.class.getClassLoader());
        Map<String, Object> scope = Map.of(
                Scope.Attr.resourceAccessor.name(), resources,
                "liquibase.analytics.enabled", false,
                "liquibase.showBanner", false);
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA IF NOT EXISTS \"" + schema + "\"");
            }
            connection.setSchema(schema);
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            database.setDefaultSchemaName(schema);
            database.setLiquibaseSchemaName(schema);
            Scope.child(scope, () -> {
                for (String changelog : changelogs) {
                    new Liquibase(changelog, resources, database).update(new Contexts(), new LabelExpression());
                }
            });
        } catch (Exception e) {
            throw new MigrationFailedException(schema, e);
        }
    }
}
