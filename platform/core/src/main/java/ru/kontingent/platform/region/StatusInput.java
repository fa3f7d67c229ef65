package ru.kontingent.platform.region;

import jakarta.validation.constraints.NotNull;

/** Body of {@code PUT /api/platform/regions/{code}/status}. */
public record StatusInput(@NotNull(message = "is required (ACTIVE or SUSPENDED)") RegionStatus status) {
}
