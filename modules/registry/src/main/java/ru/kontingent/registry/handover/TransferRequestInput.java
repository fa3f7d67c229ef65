package ru.kontingent.registry.handover;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.kontingent.registry.identity.ValidSnils;

import java.time.LocalDate;
import java.util.UUID;

/** Body of {@code POST /api/registry/transfer-requests}: the receiving school asks for a child. */
public record TransferRequestInput(@NotNull(message = "is required") @ValidSnils String snils,
                                   @NotNull(message = "is required") UUID toOrganizationId,
                                   @Min(value = 1, message = "must be between 1 and 11") @Max(value = 11, message = "must be between 1 and 11") Integer grade,
                                   LocalDate plannedDate,
                                   @Size(max = 500, message = "must be at most 500 characters") String note) {
}
