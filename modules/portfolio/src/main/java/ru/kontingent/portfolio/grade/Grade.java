package ru.kontingent.portfolio.grade;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import ru.kontingent.portfolio.access.StudentRecord;
import ru.kontingent.portfolio.reference.Subject;

import java.util.Map;

/**
 * A student's grade in one subject for one period of a school year (unique: {@code grade_key}).
 * Written only through {@link GradeService}'s replace-by-key statement; read as an entity.
 */
@Entity
@Table(name = "grade")
public class Grade extends StudentRecord {

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

    protected Grade() {
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

    @Override
    protected void putOwnFields(Map<String, Object> view) {
        view.put("year", schoolYear);
        view.put("period", period);
        view.put("subject", subject);
        view.put("grade", Mark.ofStored(mark));
    }
}
