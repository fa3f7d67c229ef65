package ru.kontingent.platform.region;

/** {@code {code, name, stage, status}} as API.md lists regions. */
public record RegionView(String code, String name, int stage, RegionStatus status) {

    static RegionView of(RegionSnapshot region) {
        return new RegionView(region.code(), region.name(), region.stage(), region.status());
    }
}
