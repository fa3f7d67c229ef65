package ru.kontingent.devtools.synthetic;

import java.time.LocalDate;
import java.util.UUID;

/** The school a generated student attends, as the import's {@code enrollment} object. */
public record EnrollmentRecord(
        UUID organizationId,
        String program,
        String level,
        int grade,
        LocalDate startDate,
        String orderNumber) {
}
