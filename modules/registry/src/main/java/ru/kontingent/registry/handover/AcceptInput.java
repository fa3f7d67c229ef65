package ru.kontingent.registry.handover;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Body of {@code POST .../{id}/accept}: the sending school's order (приказ об отчислении в связи с переездом). */
public record AcceptInput(@NotNull(message = "is required") LocalDate date,
                          @NotBlank(message = "is required") @Size(max = 50, message = "must be at most 50 characters") String orderNumber) {
}
