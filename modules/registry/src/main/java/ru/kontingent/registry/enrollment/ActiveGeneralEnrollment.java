package ru.kontingent.registry.enrollment;

import java.time.LocalDate;
import java.util.UUID;

/** A student's active basic enrollment at a general-education level (primary, basic, secondary), with the names a promotion order lists. */
public record ActiveGeneralEnrollment(UUID enrollmentId, UUID studentId, UUID organizationId, String lastName, String firstName,
                                      String middleName, EducationLevel level, Integer grade, LocalDate startDate) {
}
