package ru.kontingent.platform.region;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Body of {@code PUT /api/platform/regions/{code}/stage}. */
public record StageInput(
        @NotNull(message = "is required")
        @Min(value = Stages.FIRST, message = "must be between 1 and 3")
        @Max(value = Stages.LAST, message = "must be between 1 and 3") Integer stage) {
}
