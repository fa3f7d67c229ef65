package ru.kontingent.portfolio.exam;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import ru.kontingent.portfolio.access.StudentRecord;
import ru.kontingent.portfolio.reference.Subject;

import java.util.Map;

/**
 * A student's result of one state exam in one subject and year (unique: {@code exam_result_key}).
 * Written only through {@link ExamResultService}'s replace-by-key statement; read as an entity.
 */
@Entity
@Table(name = "exam_result")
public class ExamResult extends StudentRecord {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Exam exam;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Subject subject;

    @Column(name = "exam_year", nullable = false)
    private int examYear;

    @Column(nullable = false)
    private int score;

    protected ExamResult() {
    }

    @Override
    protected void putOwnFields(Map<String, Object> view) {
        view.put("exam", exam);
        view.put("subject", subject);
        view.put("year", examYear);
        view.put("score", score);
    }
}
