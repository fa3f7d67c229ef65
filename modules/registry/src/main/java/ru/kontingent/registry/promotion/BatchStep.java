package ru.kontingent.registry.promotion;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import ru.kontingent.registry.enrollment.EducationLevel;
import ru.kontingent.registry.enrollment.EnrollmentStep;
import ru.kontingent.registry.enrollment.ExitReason;

import java.time.LocalDate;
import java.util.UUID;

/** One student's step as a batch recorded it: enough to show it again and to revert it exactly. */
@Embeddable
public class BatchStep {

    @Column(name = "student_id", nullable = false)
    private UUID studentId;

    @Column(name = "enrollment_id", nullable = false)
    private UUID enrollmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PromotionOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_level", nullable = false)
    private EducationLevel fromLevel;

    @Column(name = "from_grade", nullable = false)
    private int fromGrade;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_level")
    private EducationLevel toLevel;

    @Column(name = "to_grade")
    private Integer toGrade;

    @Enumerated(EnumType.STRING)
    private Certificate certificate;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    private ExitReason endReason;

    @Column(name = "opened_enrollment_id")
    private UUID openedEnrollmentId;

    protected BatchStep() {
    }

    BatchStep(PlannedStep step, UUID openedEnrollmentId) {
        this.studentId = step.enrollment().studentId();
        this.enrollmentId = step.enrollment().enrollmentId();
        this.outcome = step.outcome();
        this.fromLevel = step.enrollment().level();
        this.fromGrade = step.enrollment().grade();
        this.toLevel = step.toLevel();
        this.toGrade = step.toGrade();
        this.certificate = step.certificate();
        this.endReason = step.endReason();
        this.openedEnrollmentId = openedEnrollmentId;
    }

    UUID studentId() {
        return studentId;
    }

    boolean changed() {
        return outcome != PromotionOutcome.HELD_BACK;
    }

    EnrollmentStep enrollmentStep(LocalDate date) {
        return new EnrollmentStep(studentId, enrollmentId, date, endReason, openedEnrollmentId);
    }

    PromotedStudent view(String[] names) {
        return new PromotedStudent(studentId, names[0], names[1], names[2], outcome, fromLevel, fromGrade, toLevel, toGrade, certificate);
    }
}
