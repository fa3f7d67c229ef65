package ru.kontingent.portfolio.exam;

import ru.kontingent.portfolio.reference.Subject;

import java.util.Optional;

/**
 * The scale a result is given on: the EGE's test score 0..100, or a mark 2..5 (OGE, GVE, and the
 * basic-level mathematics EGE). Which subject an exam is held in is part of the rule: the
 * basic-level mathematics exists only as an EGE, and some school subjects have no state exam.
 */
public enum ExamScale {
    TEST_SCORE(0, 100),
    MARK(2, 5);

    private final int min;
    private final int max;

    ExamScale(int min, int max) {
        this.min = min;
        this.max = max;
    }

    /** The scale of this exam in this subject; empty when the exam is not held in the subject. */
    public static Optional<ExamScale> of(Exam exam, Subject subject) {
        if (!subject.isExamSubject()) {
            return Optional.empty();
        }
        if (subject == Subject.MATHEMATICS_BASIC) {
            return exam == Exam.EGE ? Optional.of(MARK) : Optional.empty();
        }
        return Optional.of(exam == Exam.EGE ? TEST_SCORE : MARK);
    }

    public boolean contains(int score) {
        return score >= min && score <= max;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    /** Why a subject is refused for an exam, for the 400's message. */
    static String subjectRefusal(Exam exam, Subject subject) {
        if (subject == Subject.MATHEMATICS_BASIC) {
            return "MATHEMATICS_BASIC is an EGE subject only";
        }
        return "no " + exam + " is held in this subject";
    }
}
