package ru.kontingent.devtools.synthetic;

import java.time.LocalDate;
import java.util.List;

/**
 * One generated student with exactly the fields of {@code POST /api/registry/students}, plus the
 * optional enrollment that the bulk import accepts.
 *
 * @param enrollment null when no organizations were given, or when the student has left the region
 * @param history    the ended enrollments, oldest first; empty when no organizations were given
 */
public record StudentRecord(
        String lastName,
        String firstName,
        String middleName,
        LocalDate birthDate,
        String birthPlace,
        String sex,
        String snils,
        String citizenship,
        IdentityDocumentRecord identityDocument,
        String registrationAddress,
        String residenceAddress,
        List<RepresentativeRecord> representatives,
        EnrollmentRecord enrollment,
        List<PastEnrollmentRecord> history) {
}
