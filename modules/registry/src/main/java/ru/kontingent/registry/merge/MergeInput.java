package ru.kontingent.registry.merge;

import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** Body of {@code POST /api/registry/students/{id}/merge}: the record to merge into {id}. */
public record MergeInput(@NotNull(message = "is required") UUID duplicateId) {
}
