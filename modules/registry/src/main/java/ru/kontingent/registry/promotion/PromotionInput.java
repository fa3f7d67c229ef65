package ru.kontingent.registry.promotion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Body of a promotion call (приказ о переводе): the first day in the next grade, the order's number,
 * the students held back in their grade and the grade-9 students who leave after the basic certificate.
 * Absent lists are empty.
 */
public record PromotionInput(@NotNull(message = "is required") LocalDate date,
                             @NotBlank(message = "is required") @Size(max = 50, message = "must be at most 50 characters") String orderNumber,
                             @Size(max = 100_000, message = "must list at most 100000 students") List<UUID> heldBack,
                             @Size(max = 100_000, message = "must list at most 100000 students") List<UUID> leaving) {

    public PromotionInput {
        heldBack = heldBack == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(heldBack));
        leaving = leaving == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(leaving));
    }
}
