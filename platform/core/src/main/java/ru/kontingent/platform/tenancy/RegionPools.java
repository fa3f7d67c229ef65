package ru.kontingent.platform.tenancy;

import jakarta.enterprise.inject.spi.CDI;
import ru.kontingent.platform.datasource.DatasourceNames;
import ru.kontingent.platform.datasource.Datasources;
import ru.kontingent.platform.region.RegionCatalog;
import ru.kontingent.platform.region.RegionCode;

import javax.sql.DataSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The runtime pool of the server holding a region, as the catalog (its cached snapshot) names it.
 * Hibernate instantiates the connection provider by name, so the catalog is reached through CDI.
 * A region the catalog does not know has no pool: fail closed, never the primary by default.
 */
final class RegionPools implements Function<RegionCode, DataSource> {

    private final Map<String, DataSource> pools = new ConcurrentHashMap<>();
    private volatile RegionCatalog catalog;

    @Override
    public DataSource apply(RegionCode region) {
        String datasource = catalog().datasourceOf(region);
        return pools.computeIfAbsent(DatasourceNames.runtimeJndi(datasource), Datasources::lookup);
    }

    private RegionCatalog catalog() {
        RegionCatalog known = catalog;
        if (known == null) {
            known = CDI.current().select(RegionCatalog.class).get();
            catalog = known;
        }
        return known;
    }
}
