package ru.kontingent.registry.handover;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.kontingent.platform.audit.AuditAction;
import ru.kontingent.platform.audit.AuditLog;
import ru.kontingent.platform.student.StudentDirectory;
import ru.kontingent.platform.student.StudentIdentity;
import ru.kontingent.registry.enrollment.EnrollmentService;
import ru.kontingent.registry.enrollment.HandoverExit;
import ru.kontingent.registry.student.StudentInput;
import ru.kontingent.registry.student.StudentService;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The sending region's side of a handover. Every method is its own transaction in the region the
 * caller bound (the sending one), so the data and its journal commit together there, and never
 * together with another region's.
 */
@ApplicationScoped
public class SendingRegion {

    static final List<String> NAME_FIELDS = List.of("lastName", "firstName", "middleName", "birthDate");
    static final List<String> RECORD_FIELDS = List.of("lastName", "firstName", "middleName", "birthDate", "birthPlace", "sex",
            "snils", "citizenship", "identityDocument", "registrationAddress", "residenceAddress", "representatives");

    @Inject
    EnrollmentService enrollments;

    @Inject
    StudentService students;

    @Inject
    StudentDirectory directory;

    @Inject
    AuditLog audit;

    /** Where a request is routed: the organization of the student's active basic enrollment. Not journaled: nothing is shown. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<UUID> activeBasicOrganization(UUID studentId) {
        if (directory.find(studentId).isEmpty()) {
            return Optional.empty();
        }
        return enrollments.activeBasicOrganization(studentId);
    }

    /** The sending step: the enrollment ends with MOVED_TO_ANOTHER_REGION, journaled once. Idempotent. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public HandoverExit leave(TransferRequest request, HandoverActor actor, UUID schoolOrganization) {
        HandoverExit exit = enrollments.leaveForRegion(request.fromStudentId(), request.id(), schoolOrganization,
                request.exitDate(), request.exitNote(), request.grade());
        if (exit.written()) {
            audit.record(actor.entry(AuditAction.UPDATE, request.fromStudentId(), List.of("enrollments", "handover")));
        }
        return exit;
    }

    /** Whether the sending step of this request is already committed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean handedOver(UUID requestId) {
        return enrollments.handedOver(requestId);
    }

    /**
     * What goes to the receiving region: the registry record (personal data and representatives, no
     * health or portfolio data: those belong to other modules and are never read here) and the level
     * and grade the child continues in. The read is journaled as an EXPORT.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Handover export(TransferRequest request, HandoverActor actor) {
        if (!enrollments.handedOver(request.id())) {
            throw new IllegalStateException("transfer request " + request.id() + " is ACCEPTED but its sending step is missing");
        }
        HandoverExit exit = enrollments.leaveForRegion(request.fromStudentId(), request.id(), null, request.exitDate(),
                request.exitNote(), request.grade());
        StudentInput record = students.handoverRecord(request.fromStudentId());
        audit.record(actor.entry(AuditAction.EXPORT, request.fromStudentId(), RECORD_FIELDS));
        return new Handover(record, exit);
    }

    /** The names of the region's own children in its incoming list, each display journaled. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<UUID, ChildName> names(List<UUID> studentIds) {
        Map<UUID, ChildName> names = new LinkedHashMap<>();
        for (UUID id : studentIds) {
            if (names.containsKey(id)) {
                continue;
            }
            Optional<StudentIdentity> child = directory.find(id);
            child.ifPresent(found -> names.put(id, new ChildName(found.lastName(), found.firstName(), found.middleName(),
                    found.birthDate())));
        }
        for (UUID id : studentIds) {
            if (names.containsKey(id)) {
                audit.record(AuditAction.READ, "student", id.toString(), NAME_FIELDS);
            }
        }
        return names;
    }

    /** The record and where the child continues, carried from one region's transaction to the other's. */
    public record Handover(StudentInput record, HandoverExit exit) {
    }
}
