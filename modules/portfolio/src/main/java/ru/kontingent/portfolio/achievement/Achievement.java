package ru.kontingent.portfolio.achievement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import ru.kontingent.portfolio.access.StudentRecord;
import ru.kontingent.portfolio.reference.Subject;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** One olympiad, competition or other achievement of a student. */
@Entity
@Table(name = "achievement")
public class Achievement extends StudentRecord {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AchievementKind kind;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    private Subject subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AchievementLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AchievementResult result;

    @Column(name = "achieved_on", nullable = false)
    private LocalDate date;

    protected Achievement() {
    }

    Achievement(UUID studentId, AchievementInput input, String recordedBy) {
        super(studentId, recordedBy);
        this.kind = input.kind();
        this.title = input.title().strip();
        this.subject = input.subject();
        this.level = input.level();
        this.result = input.result();
        this.date = input.date();
    }

    @Override
    protected void putOwnFields(Map<String, Object> view) {
        view.put("kind", kind);
        view.put("title", title);
        view.put("subject", subject);
        view.put("level", level);
        view.put("result", result);
        view.put("date", date);
    }
}
