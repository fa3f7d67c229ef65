package ru.kontingent.platform.region;

/** {@code {code, name, stage, status}} as API.md lists regions, plus the database server holding it. */
public record RegionView(String code, String name, int stage, RegionStatus status, String datasource) {

    static RegionView of(RegionSnapshot region) {
        return new RegionView(region.code(), region.name(), region.stage(), region.status(), region.datasource());
    }
}
