package ru.kontingent.portfolio.exam;

import jakarta.validation.constraints.NotNull;
import ru.kontingent.portfolio.reference.PlausibleYear;
import ru.kontingent.portfolio.reference.Subject;

/** Body of {@code POST /api/portfolio/students/{id}/exam-results}. */
@ValidExamScore
public record ExamResultInput(
        @NotNull(message = "is required (OGE, EGE or GVE)") Exam exam,
        @NotNull(message = "is required") Subject subject,
        @NotNull(message = "is required") @PlausibleYear Integer year,
        @NotNull(message = "is required") Integer score) {
}
