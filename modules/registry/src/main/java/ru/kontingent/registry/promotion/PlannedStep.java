package ru.kontingent.registry.promotion;

import ru.kontingent.registry.enrollment.ActiveGeneralEnrollment;
import ru.kontingent.registry.enrollment.EducationLevel;
import ru.kontingent.registry.enrollment.ExitReason;

/**
 * The promotion's decision for one active enrollment.
 *
 * @param toLevel the level of the next enrollment; for the held back their current one, for graduates null
 */
public record PlannedStep(ActiveGeneralEnrollment enrollment, PromotionOutcome outcome, EducationLevel toLevel, Integer toGrade,
                          Certificate certificate) {

    /** Completing a level with a certificate is COMPLETED (also when the student continues); any other move is PROMOTED. */
    public ExitReason endReason() {
        if (outcome == PromotionOutcome.HELD_BACK) {
            return null;
        }
        return certificate != null ? ExitReason.COMPLETED : ExitReason.PROMOTED;
    }

    /** Whether the enrollment changes (ends, and perhaps a next one opens). */
    public boolean changes() {
        return outcome != PromotionOutcome.HELD_BACK;
    }

    public PromotedStudent view() {
        return new PromotedStudent(enrollment.studentId(), enrollment.lastName(), enrollment.firstName(), enrollment.middleName(),
                outcome, enrollment.level(), enrollment.grade(), toLevel, toGrade, certificate);
    }
}
