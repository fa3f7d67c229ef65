package ru.kontingent.portfolio.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import ru.kontingent.portfolio.reference.Subject;

import java.util.LinkedHashMap;
import java.util.Map;

/** One line of a certificate, stored in {@code certificate_final_grade}. */
@Embeddable
public class FinalGrade {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Subject subject;

    @Column(nullable = false)
    private int grade;

    protected FinalGrade() {
    }

    FinalGrade(Subject subject, int grade) {
        this.subject = subject;
        this.grade = grade;
    }

    Subject subject() {
        return subject;
    }

    Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("subject", subject);
        view.put("grade", grade);
        return view;
    }
}
