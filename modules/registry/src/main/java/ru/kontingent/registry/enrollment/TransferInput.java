package ru.kontingent.registry.enrollment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/** Body of {@code POST /api/registry/students/{id}/transfers} (приказ о переводе). */
public record TransferInput(@NotNull(message = "is required") UUID toOrganizationId,
                            @NotNull(message = "is required") LocalDate date,
                            Integer grade,
                            @NotBlank(message = "is required") @Size(max = 50, message = "must be at most 50 characters") String orderNumber) {
}
