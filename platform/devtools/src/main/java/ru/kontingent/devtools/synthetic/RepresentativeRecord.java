package ru.kontingent.devtools.synthetic;

import java.time.LocalDate;

/** A parent as the API's {@code representatives[]} carries one. */
public record RepresentativeRecord(
        String relation,
        String lastName,
        String firstName,
        String middleName,
        LocalDate birthDate,
        String snils,
        String citizenship,
        IdentityDocumentRecord identityDocument) {
}
