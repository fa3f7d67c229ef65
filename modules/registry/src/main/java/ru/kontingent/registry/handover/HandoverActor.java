package ru.kontingent.registry.handover;

import ru.kontingent.platform.audit.AuditAction;
import ru.kontingent.platform.audit.AuditEntry;

import java.util.List;
import java.util.UUID;

/**
 * Who drives a handover step, captured from the request (or the start-up recovery), so that both
 * regions' journals name the same person though the receiving region's step runs without its token.
 *
 * @param organization the school operator's organization (of the region it acts in); null otherwise
 */
record HandoverActor(String subject, String role, UUID organization) {

    static final HandoverActor RECOVERY = new HandoverActor("system:transfer-recovery", "system", null);

    /** An event in the actor's own region. */
    AuditEntry entry(AuditAction action, UUID studentId, List<String> fields) {
        return new AuditEntry(subject, role, organization == null ? null : organization.toString(), action, "student",
                studentId.toString(), fields);
    }

    /** An event in the other region: the organization belongs to the actor's region, so it is named with it. */
    AuditEntry entryElsewhere(String actorRegion, AuditAction action, UUID studentId, List<String> fields) {
        return new AuditEntry(subject + "@" + actorRegion, role, null, action, "student", studentId.toString(), fields);
    }
}
