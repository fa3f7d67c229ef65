package ru.kontingent.platform.migration;

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
import ru.kontingent.platform.datasource.DatasourceNames;
import ru.kontingent.platform.datasource.Datasources;
import ru.kontingent.platform.module.KontingentModule;
import ru.kontingent.platform.module.ModuleCatalog;
import ru.kontingent.platform.region.RegionCode;

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

    /** Tables of the region changelog the runtime role may only append to (152-FZ journal). */
    static final List<String> REGION_APPEND_ONLY = List.of("audit_event");
    static final List<String> CATALOG_APPEND_ONLY = List.of("platform_audit");

    /** Each server's migration pool owns its schemas: DDL runs as that role, never as the application's. */
    @Inject
    Datasources datasources;

    @Inject
    ModuleCatalog modules;

    @Inject
    RuntimeGrants grants;

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void migrateCatalog() {
        migrate(DatasourceNames.PRIMARY, CATALOG_SCHEMA, List.of(CATALOG_CHANGELOG), CATALOG_APPEND_ONLY);
    }

    /** Migrates a region schema on the server that holds it and answers the fingerprint of what it now holds. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public String migrateRegion(RegionCode region, String datasource) {
        migrate(datasource, region.schema(), regionChangelogs(), REGION_APPEND_ONLY);
        return regionFingerprint(datasource);
    }

    /**
     * What a region schema migrated by this deployment is stamped with: its changelogs and the
     * role granted access on that server, so that a new runtime role is granted at the next start.
     */
    public String regionFingerprint(String datasource) {
        return ChangelogFingerprint.combine(ChangelogFingerprint.of(regionChangelogs(), SchemaMigrator.class.getClassLoader()),
                "grants:" + grants.runtimeRole(datasource));
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
    private void migrate(String datasource, String schema, List<String> changelogs, List<String> appendOnlyTables) {
        ResourceAccessor resources = new ClassLoaderResourceAccessor(SchemaMigrator.class.getClassLoader());
        Map<String, Object> scope = Map.of(
                Scope.Attr.resourceAccessor.name(), resources,
                "liquibase.analytics.enabled", false,
                "liquibase.showBanner", false);
        try (Connection connection = datasources.migration(datasource).getConnection()) {
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
            grants.grant(connection, datasource, schema, appendOnlyTables);
        } catch (Exception e) {
            throw new MigrationFailedException(schema, e);
        }
    }
}
