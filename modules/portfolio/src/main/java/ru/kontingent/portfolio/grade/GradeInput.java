package ru.kontingent.portfolio.grade;

import jakarta.validation.constraints.NotNull;
import ru.kontingent.portfolio.reference.PlausibleYear;
import ru.kontingent.portfolio.reference.Subject;

/**
 * Body of {@code POST /api/portfolio/students/{id}/grades}. {@code year} is the calendar year the
 * school year starts in (2024 for 2024/25).
 */
public record GradeInput(
        @NotNull(message = "is required") @PlausibleYear Integer year,
        @NotNull(message = "is required (Q1..Q4, H1, H2 or YEAR)") Period period,
        @NotNull(message = "is required") Subject subject,
        @NotNull(message = "is required (2..5, PASS or FAIL)") Mark grade) {
}
