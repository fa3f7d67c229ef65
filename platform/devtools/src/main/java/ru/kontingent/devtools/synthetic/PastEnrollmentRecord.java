package ru.kontingent.devtools.synthetic;

import java.time.LocalDate;

/**
 * An enrollment of a generated student that has ended before the school year of the file: left
 * for another school of the region ({@code TRANSFERRED}, the current enrollment starting that day)
 * or for another region ({@code MOVED_TO_ANOTHER_REGION}, no current enrollment). The bulk import
 * takes current enrollments only; these go to a file of their own ({@code generate --history}).
 *
 * @param enrollment as it was opened (its grade is the grade at its start)
 * @param endReason  as the registry's ExitReason spells it
 */
public record PastEnrollmentRecord(EnrollmentRecord enrollment, LocalDate endDate, String endReason) {

    public static final String TRANSFERRED = "TRANSFERRED";
    public static final String MOVED_TO_ANOTHER_REGION = "MOVED_TO_ANOTHER_REGION";
}
