package ru.kontingent.registry.enrollment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/** Body of {@code POST /api/registry/students/{id}/enrollments} (приказ о зачислении). */
public record EnrollmentInput(
        @NotNull(message = "is required") UUID organizationId,
        @NotNull(message = "is required (BASIC or ADDITIONAL)") Program program,
        @NotNull(message = "is required") EducationLevel level,
        Integer grade,
        @NotNull(message = "is required") LocalDate startDate,
        @NotBlank(message = "is required") @Size(max = 50, message = "must be at most 50 characters") String orderNumber) {
}
