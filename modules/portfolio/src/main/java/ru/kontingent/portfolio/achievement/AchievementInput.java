package ru.kontingent.portfolio.achievement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import ru.kontingent.portfolio.reference.Subject;

import java.time.LocalDate;

/** Body of {@code POST /api/portfolio/students/{id}/achievements}; {@code subject} is optional. */
public record AchievementInput(
        @NotNull(message = "is required (OLYMPIAD, COMPETITION or OTHER)") AchievementKind kind,
        @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String title,
        Subject subject,
        @NotNull(message = "is required (SCHOOL, MUNICIPAL, REGIONAL, FEDERAL or INTERNATIONAL)") AchievementLevel level,
        @NotNull(message = "is required (WINNER, PRIZE or PARTICIPANT)") AchievementResult result,
        @NotNull(message = "is required") @PastOrPresent(message = "must not be in the future") LocalDate date) {
}
