package ru.kontingent.registry.handover;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST .../{id}/decline}. */
public record DeclineInput(@NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters") String reason) {
}
