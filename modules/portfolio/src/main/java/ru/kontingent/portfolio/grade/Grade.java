package ru.kontingent.portfolio.grade;

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
 * A student's grade in one subject for one period of a school year (unique: {@code grade_key}).
 * Written only through {@link GradeService}'s replace-by-key statement; read as an entity.
 */
@Entity
@Table(name = "grade")
public class Grade {

    @Id
    private UUID id;

    @Column(name = "student_id", nullable = false)
    private UUID studentId;

    @Column(name = "school_year", nullable = false)
    private int schoolYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Period period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Subject subject;

    @Column(name = "mark", nullable = false)
    private String mark;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected Grade() {
    }

    boolean belongsTo(UUID student) {
        return studentId.equals(student);
    }

    int schoolYear() {
        return schoolYear;
    }

    Period period() {
        return period;
    }

    Subject subject() {
        return subject;
    }

    /** Every field, in API order; a role's view is a restriction of this. */
    Map<String, Object> fullView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("studentId", studentId);
        view.put("year", schoolYear);
        view.put("period", period);
        view.put("subject", subject);
        view.put("grade", Mark.ofStored(mark));
        view.put("createdAt", createdAt);
        view.put("updatedAt", updatedAt);
        return view;
    }
}
