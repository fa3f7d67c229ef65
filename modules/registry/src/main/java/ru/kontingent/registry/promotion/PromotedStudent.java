package ru.kontingent.registry.promotion;

import ru.kontingent.registry.enrollment.EducationLevel;

import java.util.UUID;

/**
 * One student of a promotion: from which grade to which (the same grade when held back, none when
 * graduating) and the certificate the finished grade earns, if any.
 *
 * @param id the student's id
 */
public record PromotedStudent(UUID id, String lastName, String firstName, String middleName, PromotionOutcome outcome,
                              EducationLevel fromLevel, int fromGrade, EducationLevel toLevel, Integer toGrade,
                              Certificate certificate) {
}
