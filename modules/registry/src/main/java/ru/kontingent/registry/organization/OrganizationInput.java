package ru.kontingent.registry.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.kontingent.registry.identity.ValidInn;
import ru.kontingent.registry.identity.ValidKpp;
import ru.kontingent.registry.identity.ValidOgrn;

/** Body of {@code POST /api/registry/organizations} and of its update. */
public record OrganizationInput(
        @NotNull(message = "is required") @ValidInn String inn,
        @NotNull(message = "is required") @ValidOgrn String ogrn,
        @ValidKpp String kpp,
        @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters") String fullName,
        @Size(max = 200, message = "must be at most 200 characters") String shortName,
        @NotNull(message = "is required (SCHOOL, KINDERGARTEN, COLLEGE, ADDITIONAL_EDUCATION)") OrganizationKind kind,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String municipality,
        @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters") String address) {
}
