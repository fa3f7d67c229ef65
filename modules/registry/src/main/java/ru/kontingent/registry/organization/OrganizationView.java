package ru.kontingent.registry.organization;

import java.util.UUID;

/** An organization as the API shows it (not personal data: every role of the region may read it). */
public record OrganizationView(UUID id, long version, String inn, String ogrn, String kpp, String fullName,
                               String shortName, OrganizationKind kind, String municipality, String address) {
}
