package ru.kontingent.portfolio.certificate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** Body of {@code PUT /api/portfolio/students/{id}/certificate}; {@code series} is optional. */
@DistinctSubjects
public record CertificateInput(
        @NotNull(message = "is required (BASIC_GENERAL or SECONDARY_GENERAL)") CertificateKind kind,
        @Size(max = 20, message = "must be at most 20 characters") String series,
        @NotBlank(message = "is required") @Size(max = 30, message = "must be at most 30 characters") String number,
        @NotNull(message = "is required") @PastOrPresent(message = "must not be in the future") LocalDate issueDate,
        @NotEmpty(message = "must list the final grade of at least one subject")
        List<@NotNull(message = "is required") @Valid FinalGradeInput> finalGrades) {
}
