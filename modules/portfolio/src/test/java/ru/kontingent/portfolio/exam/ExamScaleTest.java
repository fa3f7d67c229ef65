package ru.kontingent.portfolio.exam;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.kontingent.portfolio.reference.Subject;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scale of each exam and subject (DOMAIN.md, "Results"). */
class ExamScaleTest {

    @ParameterizedTest(name = "{0} {1}: {2} is {3}")
    @CsvSource({
            "EGE, RUSSIAN, 0, true",
            "EGE, RUSSIAN, 100, true",
            "EGE, RUSSIAN, 101, false",
            "EGE, RUSSIAN, -1, false",
            "EGE, MATHEMATICS, 78, true",
            "EGE, MATHEMATICS_BASIC, 5, true",
            "EGE, MATHEMATICS_BASIC, 2, true",
            "EGE, MATHEMATICS_BASIC, 1, false",
            "EGE, MATHEMATICS_BASIC, 6, false",
            "EGE, MATHEMATICS_BASIC, 78, false",
            "OGE, MATHEMATICS, 2, true",
            "OGE, MATHEMATICS, 5, true",
            "OGE, MATHEMATICS, 6, false",
            "OGE, PHYSICS, 1, false",
            "OGE, CHINESE, 4, true",
            "GVE, RUSSIAN, 3, true",
            "GVE, RUSSIAN, 0, false",
            "GVE, RUSSIAN, 60, false",
    })
    void scoresOnTheExamsScale(Exam exam, Subject subject, int score, boolean valid) {
        assertEquals(valid, ExamScale.of(exam, subject).orElseThrow().contains(score));
    }

    @Test
    void theEgeIsATestScoreButBasicMathematicsIsAMark() {
        assertEquals(Optional.of(ExamScale.TEST_SCORE), ExamScale.of(Exam.EGE, Subject.INFORMATICS));
        assertEquals(Optional.of(ExamScale.MARK), ExamScale.of(Exam.EGE, Subject.MATHEMATICS_BASIC));
        assertEquals(Optional.of(ExamScale.MARK), ExamScale.of(Exam.OGE, Subject.INFORMATICS));
        assertEquals(Optional.of(ExamScale.MARK), ExamScale.of(Exam.GVE, Subject.MATHEMATICS));
    }

    @Test
    void basicMathematicsIsAnEgeOnlyAndSomeSubjectsHaveNoExam() {
        assertTrue(ExamScale.of(Exam.OGE, Subject.MATHEMATICS_BASIC).isEmpty());
        assertTrue(ExamScale.of(Exam.GVE, Subject.MATHEMATICS_BASIC).isEmpty());
        for (Exam exam : Exam.values()) {
            assertTrue(ExamScale.of(exam, Subject.PHYSICAL_EDUCATION).isEmpty(), exam + " in PE");
            assertTrue(ExamScale.of(exam, Subject.ALGEBRA).isEmpty(), exam + " in algebra");
        }
    }

    @Test
    void theSixteenExamSubjectsOfTheBrief() {
        assertEquals(16, Subject.examSubjects().size());
    }
}
