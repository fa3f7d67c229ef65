package ru.kontingent.portfolio.exam;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import ru.kontingent.portfolio.reference.Subject;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A student's result of one state exam in one subject and year (unique: {@code exam_result_key}).
 * Written only through {@link ExamResultService}'s replace-by-key statement; read as an entity.
 */
@Entity
@Table(name = "exam_result")
public class ExamResult {

    @Id
    private UUID id;

    @Column(name = "student_id", nullable = false)
    private UUID studentId;

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

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected ExamResult() {
    }

    boolean belongsTo(UUID student) {
        return studentId.equals(student);
    }

    /** Every field, in API order; a role's view is a restriction of this. */
    Map<String, Object> fullView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("studentId", studentId);
        view.put("exam", exam);
        view.put("subject", subject);
        view.put("year", examYear);
        view.put("score", score);
        view.put("createdAt", createdAt);
        view.put("updatedAt", updatedAt);
        return view;
    }
}
