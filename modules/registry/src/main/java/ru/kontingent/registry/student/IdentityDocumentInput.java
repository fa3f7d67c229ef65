package ru.kontingent.registry.student;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** {@code identityDocument} of a student or representative; series and number are checked per type. */
@ValidIdentityDocument
public record IdentityDocumentInput(
        @NotNull(message = "is required (BIRTH_CERTIFICATE, PASSPORT, FOREIGN_BIRTH_CERTIFICATE, FOREIGN_PASSPORT, OTHER)") DocumentType type,
        @Size(max = 20, message = "must be at most 20 characters") String series,
        @NotBlank(message = "is required") @Size(max = 30, message = "must be at most 30 characters") String number,
        @Size(max = 300, message = "must be at most 300 characters") String issuedBy,
        @PastOrPresent(message = "must not be in the future") LocalDate issueDate) {
}
