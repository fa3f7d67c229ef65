package ru.kontingent.platform.region;

import java.io.Serializable;

/** The immutable, cacheable view of a catalog row that every request consults. */
public record RegionSnapshot(String code, String name, int stage, RegionStatus status) implements Serializable {

    public boolean isActive() {
        return status == RegionStatus.ACTIVE;
    }

    public RegionCode regionCode() {
        return RegionCode.of(code);
    }
}
