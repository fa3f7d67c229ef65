package ru.kontingent.platform.tenancy;

import jakarta.ws.rs.container.ContainerRequestContext;
import ru.kontingent.platform.region.RegionSnapshot;

import java.util.Optional;

/** The catalog entry of the request's region, kept on the request for filters that follow. */
public final class BoundRegionSnapshot {

    private static final String PROPERTY = BoundRegionSnapshot.class.getName();

    private BoundRegionSnapshot() {
    }

    static void attach(ContainerRequestContext request, RegionSnapshot region) {
        request.setProperty(PROPERTY, region);
    }

    public static Optional<RegionSnapshot> of(ContainerRequestContext request) {
        return Optional.ofNullable((RegionSnapshot) request.getProperty(PROPERTY));
    }
}
