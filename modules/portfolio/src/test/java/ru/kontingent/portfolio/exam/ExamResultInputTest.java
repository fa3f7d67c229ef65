package ru.kontingent.portfolio.exam;

import org.junit.jupiter.api.Test;
import ru.kontingent.platform.problem.FieldError;
import ru.kontingent.portfolio.BodyViolations;
import ru.kontingent.portfolio.reference.Subject;

import java.time.Year;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The exam result body through the real Bean Validation engine: every bad field, by name. */
class ExamResultInputTest {

    private static List<FieldError> errors(ExamResultInput input) {
        return BodyViolations.of(input);
    }

    @Test
    void aValidResultHasNoErrors() {
        assertEquals(List.of(), errors(new ExamResultInput(Exam.EGE, Subject.RUSSIAN, 2024, 87)));
        assertEquals(List.of(), errors(new ExamResultInput(Exam.EGE, Subject.MATHEMATICS_BASIC, 2024, 5)));
        assertEquals(List.of(), errors(new ExamResultInput(Exam.OGE, Subject.MATHEMATICS, 2000, 2)));
    }

    @Test
    void anEgeScoreOver100NamesScore() {
        assertEquals(List.of(new FieldError("score", "must be between 0 and 100 for EGE in RUSSIAN")),
                errors(new ExamResultInput(Exam.EGE, Subject.RUSSIAN, 2024, 101)));
    }

    @Test
    void anOgeSixNamesScore() {
        assertEquals(List.of(new FieldError("score", "must be between 2 and 5 for OGE in PHYSICS")),
                errors(new ExamResultInput(Exam.OGE, Subject.PHYSICS, 2024, 6)));
    }

    @Test
    void basicMathematicsOutsideTheEgeNamesSubject() {
        assertEquals(List.of(new FieldError("subject", "MATHEMATICS_BASIC is an EGE subject only")),
                errors(new ExamResultInput(Exam.OGE, Subject.MATHEMATICS_BASIC, 2024, 4)));
        assertEquals(List.of(new FieldError("subject", "no GVE is held in this subject")),
                errors(new ExamResultInput(Exam.GVE, Subject.PHYSICAL_EDUCATION, 2024, 4)));
    }

    @Test
    void yearsFrom2000ToNextYear() {
        int next = Year.now().getValue() + 1;
        assertEquals(List.of(), errors(new ExamResultInput(Exam.EGE, Subject.RUSSIAN, next, 50)));
        assertEquals(List.of("year"), errors(new ExamResultInput(Exam.EGE, Subject.RUSSIAN, next + 1, 50)).stream()
                .map(FieldError::field).toList());
        assertEquals(List.of("year"), errors(new ExamResultInput(Exam.EGE, Subject.RUSSIAN, 1999, 50)).stream()
                .map(FieldError::field).toList());
    }

    @Test
    void everyMissingFieldIsListed() {
        assertEquals(List.of("exam", "score", "subject", "year"),
                errors(new ExamResultInput(null, null, null, null)).stream().map(FieldError::field).toList());
    }
}
