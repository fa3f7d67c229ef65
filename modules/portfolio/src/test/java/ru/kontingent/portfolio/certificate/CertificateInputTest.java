package ru.kontingent.portfolio.certificate;

import org.junit.jupiter.api.Test;
import ru.kontingent.portfolio.BodyViolations;
import ru.kontingent.portfolio.reference.Subject;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The certificate body through the real Bean Validation engine. */
class CertificateInputTest {

    private static List<String> badFields(CertificateInput input) {
        return BodyViolations.fields(input);
    }

    private static CertificateInput certificate(List<FinalGradeInput> grades) {
        return new CertificateInput(CertificateKind.BASIC_GENERAL, "061", "12345678", LocalDate.of(2024, 6, 28), grades);
    }

    @Test
    void aValidCertificate() {
        assertEquals(List.of(), badFields(certificate(List.of(new FinalGradeInput(Subject.RUSSIAN, 5),
                new FinalGradeInput(Subject.ALGEBRA, 3)))));
    }

    @Test
    void finalGradesAreThreeToFive() {
        assertEquals(List.of("finalGrades[1].grade", "finalGrades[2].grade"), badFields(certificate(List.of(
                new FinalGradeInput(Subject.RUSSIAN, 5), new FinalGradeInput(Subject.ALGEBRA, 2),
                new FinalGradeInput(Subject.HISTORY, 6)))));
    }

    @Test
    void eachSubjectOnce() {
        assertEquals(List.of("finalGrades[2].subject"), badFields(certificate(List.of(
                new FinalGradeInput(Subject.RUSSIAN, 5), new FinalGradeInput(Subject.ALGEBRA, 4),
                new FinalGradeInput(Subject.RUSSIAN, 4)))));
    }

    @Test
    void requiredFields() {
        assertEquals(List.of("finalGrades", "issueDate", "kind", "number"),
                badFields(new CertificateInput(null, null, " ", null, List.of())));
        assertEquals(List.of("issueDate"), badFields(new CertificateInput(CertificateKind.SECONDARY_GENERAL, null, "1",
                LocalDate.now().plusDays(2), List.of(new FinalGradeInput(Subject.RUSSIAN, 4)))));
    }
}
