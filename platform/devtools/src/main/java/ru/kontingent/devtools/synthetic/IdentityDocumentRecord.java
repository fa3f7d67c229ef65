package ru.kontingent.devtools.synthetic;

import java.time.LocalDate;

/** {@code identityDocument} of the API: type as the registry's DocumentType spells it. */
public record IdentityDocumentRecord(String type, String series, String number, String issuedBy, LocalDate issueDate) {
}
