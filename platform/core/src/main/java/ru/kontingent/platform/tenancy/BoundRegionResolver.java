package ru.kontingent.platform.tenancy;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/** Hibernate asks here which tenant a session belongs to; the answer is the bound region only. */
public class BoundRegionResolver implements CurrentTenantIdentifierResolver<String> {

    @Override
    public String resolveCurrentTenantIdentifier() {
        return RegionBinding.require().value();
    }

    /** A session opened for one region must never be reused for another. */
    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }
}
