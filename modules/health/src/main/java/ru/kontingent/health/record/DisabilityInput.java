package ru.kontingent.health.record;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** A disability as the medical commission established it, with the period it holds for ({@code to} empty: open-ended). */
public record DisabilityInput(@NotNull(message = "is required") DisabilityCategory category,
                              @NotNull(message = "is required") DisabilityReason reason,
                              LocalDate from,
                              LocalDate to) {
}
