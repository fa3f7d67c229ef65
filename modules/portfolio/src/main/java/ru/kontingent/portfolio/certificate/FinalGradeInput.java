package ru.kontingent.portfolio.certificate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import ru.kontingent.portfolio.reference.Subject;

/** One line of a certificate: a subject and its final grade; a 2 earns no certificate, so 3..5. */
public record FinalGradeInput(
        @NotNull(message = "is required") Subject subject,
        @NotNull(message = "is required") @Min(value = 3, message = "must be 3, 4 or 5")
        @Max(value = 5, message = "must be 3, 4 or 5") Integer grade) {
}
