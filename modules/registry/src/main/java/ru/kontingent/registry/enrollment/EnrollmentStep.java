package ru.kontingent.registry.enrollment;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One step of a student's history made by a bulk order: the enrollment that ended and the one that
 * opened in its place (null when the student left), so that the step can be checked and reverted.
 */
public record EnrollmentStep(UUID studentId, UUID endedEnrollmentId, LocalDate date, ExitReason endReason,
                             UUID openedEnrollmentId) {
}
