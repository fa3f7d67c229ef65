package ru.kontingent.registry.enrollment;

import java.time.LocalDate;
import java.util.UUID;

public record EnrollmentView(UUID id, UUID studentId, UUID organizationId, String organizationName, String municipality,
                             Program program, EducationLevel level, Integer grade, LocalDate startDate, String orderNumber,
                             LocalDate endDate, ExitReason endReason, String endNote) {
}
