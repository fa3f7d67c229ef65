package ru.kontingent.registry.enrollment;

import java.util.UUID;

/**
 * What the sending region's step of a handover decided: the organization the child left, and the
 * level and grade it continues in over there.
 *
 * @param written whether this call ended the enrollment (false: an earlier attempt had)
 */
public record HandoverExit(UUID organizationId, EducationLevel level, Integer grade, boolean written) {
}
