package ru.kontingent.platform.region;

import java.io.Serializable;

/** The immutable, cacheable view of a catalog row that every request consults. */
/** {@code datasource}: the database server holding the region's schema (see {@code Datasources}). */
public record RegionSnapshot(String code, String name, int stage, RegionStatus status, String datasource) implements Serializable {

    public boolean isActive() {
        return status == RegionStatus.ACTIVE;
    }

    public RegionCode regionCode() {
        return RegionCode.of(code);
    }
}
