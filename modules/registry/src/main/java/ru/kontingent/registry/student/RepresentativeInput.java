package ru.kontingent.registry.student;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import ru.kontingent.registry.identity.ValidCitizenship;
import ru.kontingent.registry.identity.ValidSnils;

import java.time.LocalDate;

/** A parent or legal representative as the API receives it. */
public record RepresentativeInput(
        @NotNull(message = "is required (MOTHER, FATHER, GUARDIAN, TRUSTEE, OTHER)") Relation relation,
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String lastName,
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String firstName,
        @Size(max = 100, message = "must be at most 100 characters") String middleName,
        @NotNull(message = "is required") @Past(message = "must be in the past") LocalDate birthDate,
        @NotNull(message = "is required") @ValidSnils String snils,
        @NotNull(message = "is required") @ValidCitizenship String citizenship,
        @NotNull(message = "is required") @Valid IdentityDocumentInput identityDocument) {
}
