package ru.kontingent.registry.access;

import java.util.UUID;

/**
 * Who acts, captured from the request so that background work (a bulk import job) can apply the
 * same rules and write the same audit trail without a request context.
 *
 * @param organization the school operator's organization; null for a region-wide role
 */
public record Actor(String subject, String role, UUID organization) {

    public boolean isSchool() {
        return organization != null;
    }

    public boolean mayActFor(UUID organizationId) {
        return !isSchool() || organization.equals(organizationId);
    }
}
