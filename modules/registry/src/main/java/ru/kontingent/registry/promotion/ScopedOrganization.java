package ru.kontingent.registry.promotion;

import java.util.UUID;

/** An organization a promotion covers, with what its answer shows of it. */
public record ScopedOrganization(UUID id, String name, String municipality) {
}
