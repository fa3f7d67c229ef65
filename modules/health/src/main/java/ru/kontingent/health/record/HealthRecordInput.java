package ru.kontingent.health.record;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/**
 * Body of {@code PUT /api/health/students/{id}}: the state of the child's health from
 * {@code validFrom} (default: today). A PUT never rewrites history: it adds a dated record.
 */
public record HealthRecordInput(@NotNull(message = "is required") HealthGroup healthGroup,
                                @NotNull(message = "is required") PeGroup peGroup,
                                @Valid DisabilityInput disability,
                                @NotNull(message = "is required") Boolean adaptedProgramNeeded,
                                @NotNull(message = "is required") Boolean longTermTreatmentNeeded,
                                LocalDate validFrom) {
}
