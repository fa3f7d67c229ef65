package ru.kontingent.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One access to personal data, stored in the region's own schema (table {@code audit_event}). */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private OffsetDateTime at;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String role;

    private String organization;

    @Column(nullable = false)
    private String action;

    @Column(name = "subject_type", nullable = false)
    private String subjectType;

    @Column(name = "subject_id")
    private String subjectId;

    private String fields;

    protected AuditEvent() {
    }

    AuditEventView view() {
        return new AuditEventView(id, at, actor, role, organization, action, subjectType, subjectId,
                fields == null || fields.isEmpty() ? java.util.List.of() : java.util.List.of(fields.split(",")));
    }
}
