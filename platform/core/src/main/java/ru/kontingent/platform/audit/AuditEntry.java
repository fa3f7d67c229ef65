package ru.kontingent.platform.audit;

import java.util.List;

/**
 * What an audit event records: who (actor, role, organization), did what, to which subject,
 * touching which fields.
 */
public record AuditEntry(String actor, String role, String organization, AuditAction action,
                         String subjectType, String subjectId, List<String> fields) {

    public AuditEntry {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
