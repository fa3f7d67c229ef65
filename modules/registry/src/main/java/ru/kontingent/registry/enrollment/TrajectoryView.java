package ru.kontingent.registry.enrollment;

import ru.kontingent.platform.federal.ForeignEnrollment;

import java.util.List;
import java.util.UUID;

/**
 * A student's path: its enrollments here, oldest first, and where the same person was or is
 * enrolled in other regions (region code and dates only, from the federal index).
 */
public record TrajectoryView(UUID studentId, List<EnrollmentView> enrollments, List<ForeignEnrollment> otherRegions) {
}
