package ru.kontingent.server.probe;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ProbeInput(@NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String text,
                         @Size(max = 10, message = "must be at most 10 characters") String tag) {
}
