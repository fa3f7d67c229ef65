package ru.kontingent.portfolio.achievement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import ru.kontingent.portfolio.reference.Subject;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** One olympiad, competition or other achievement of a student. The student is the registry's: kept by id. */
@Entity
@Table(name = "achievement")
public class Achievement {

    @Id
    private UUID id;

    @Column(name = "student_id", nullable = false)
    private UUID studentId;

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

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected Achievement() {
    }

    Achievement(UUID studentId, AchievementInput input, String recordedBy) {
        this.id = UUID.randomUUID();
        this.studentId = studentId;
        this.kind = input.kind();
        this.title = input.title().strip();
        this.subject = input.subject();
        this.level = input.level();
        this.result = input.result();
        this.date = input.date();
        this.recordedBy = recordedBy;
        this.createdAt = OffsetDateTime.now();
        this.updatedAt = createdAt;
    }

    UUID id() {
        return id;
    }

    boolean belongsTo(UUID student) {
        return studentId.equals(student);
    }

    /** Every field, in API order; a role's view is a restriction of this. */
    Map<String, Object> fullView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("studentId", studentId);
        view.put("kind", kind);
        view.put("title", title);
        view.put("subject", subject);
        view.put("level", level);
        view.put("result", result);
        view.put("date", date);
        view.put("createdAt", createdAt);
        view.put("updatedAt", updatedAt);
        return view;
    }
}
