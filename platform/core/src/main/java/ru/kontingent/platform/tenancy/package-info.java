/**
 * Schema-per-region tenancy: the token's region is bound to the request, Hibernate resolves the
 * tenant from that binding only, and each pooled connection gets the region's schema on acquisition.
 */
package ru.kontingent.platform.tenancy;
