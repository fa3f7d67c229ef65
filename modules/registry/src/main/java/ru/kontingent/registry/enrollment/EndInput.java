package ru.kontingent.registry.enrollment;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** Body of {@code POST .../enrollments/{enrollmentId}/end} (приказ об отчислении). */
public record EndInput(@NotNull(message = "is required") LocalDate endDate,
                       @NotNull(message = "is required") @ByHandExitReason ExitReason reason) {
}
