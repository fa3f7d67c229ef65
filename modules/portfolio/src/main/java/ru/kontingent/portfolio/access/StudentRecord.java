package ru.kontingent.portfolio.access;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What every portfolio record has: its id, the student it is about (the registry's, kept by id:
 * no module reads another's entities), who recorded it and when.
 */
@MappedSuperclass
public abstract class StudentRecord {

    @Id
    private UUID id;

    @Column(name = "student_id", nullable = false)
    private UUID studentId;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected StudentRecord() {
    }

    /** A new record (records written by a replace-by-key statement never come through here). */
    protected StudentRecord(UUID studentId, String recordedBy) {
        this.id = UUID.randomUUID();
        this.studentId = studentId;
        this.recordedBy = recordedBy;
        this.createdAt = OffsetDateTime.now();
        this.updatedAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public UUID studentId() {
        return studentId;
    }

    public boolean belongsTo(UUID student) {
        return studentId.equals(student);
    }

    /** Every field, in API order (id, studentId, the record's own, createdAt, updatedAt); a role's view is a restriction of this. */
    public final Map<String, Object> fullView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("studentId", studentId);
        putOwnFields(view);
        view.put("createdAt", createdAt);
        view.put("updatedAt", updatedAt);
        return view;
    }

    /** The record's own fields, in API order. */
    protected abstract void putOwnFields(Map<String, Object> view);
}
