package ru.kontingent.registry.student;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import ru.kontingent.registry.identity.ValidCitizenship;
import ru.kontingent.registry.identity.ValidSnils;

import java.time.LocalDate;
import java.util.List;

/**
 * Body of {@code POST /api/registry/students} and {@code PUT .../{id}}: exactly the personal data
 * fields of the API contract, each validated, every bad one reported.
 */
public record StudentInput(
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String lastName,
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String firstName,
        @Size(max = 100, message = "must be at most 100 characters") String middleName,
        @NotNull(message = "is required") @Past(message = "must be in the past") LocalDate birthDate,
        @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String birthPlace,
        @NotNull(message = "is required (M or F)") Sex sex,
        @NotNull(message = "is required") @ValidSnils String snils,
        @NotNull(message = "is required") @ValidCitizenship String citizenship,
        @NotNull(message = "is required") @Valid IdentityDocumentInput identityDocument,
        @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters") String registrationAddress,
        @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters") String residenceAddress,
        @Size(max = 4, message = "at most 4 representatives") List<@NotNull(message = "must not be null") @Valid RepresentativeInput> representatives) {

    public List<RepresentativeInput> representativesOrNone() {
        return representatives == null ? List.of() : representatives;
    }
}
