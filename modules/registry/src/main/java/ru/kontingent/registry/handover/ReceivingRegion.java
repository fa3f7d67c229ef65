package ru.kontingent.registry.handover;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.kontingent.platform.audit.AuditAction;
import ru.kontingent.platform.audit.AuditLog;
import ru.kontingent.registry.enrollment.EnrollmentService;
import ru.kontingent.registry.enrollment.HandoverExit;
import ru.kontingent.registry.organization.OrganizationService;
import ru.kontingent.registry.student.StudentService;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The receiving region's side of a handover, each method its own transaction in the bound (receiving)
 * region. Before acceptance it only checks its own data; the record arrives in {@link #receive}.
 */
@ApplicationScoped
public class ReceivingRegion {

    @Inject
    OrganizationService organizations;

    @Inject
    StudentService students;

    @Inject
    EnrollmentService enrollments;

    @Inject
    AuditLog audit;

    /**
     * A request can be made: the organization is one of the region's (404 otherwise), and the region
     * does not already hold the child in an active basic enrollment (409: that is the region's own child).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void requireReceivable(UUID organizationId, String normalizedSnils) {
        organizations.find(organizationId);
        Optional<UUID> known = students.idBySnils(normalizedSnils);
        if (known.isPresent() && enrollments.hasActiveBasic(known.get())) {
            throw new ChildAlreadyHereException();
        }
    }

    /**
     * The receiving step: the record stored (new, or the student with the same SNILS updated), the
     * basic enrollment opened in the requested organization, journaled once. Idempotent: an enrollment
     * carrying the request means the step is done, and its student is returned.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public UUID receive(TransferRequest request, SendingRegion.Handover handover, HandoverActor actor) {
        Optional<UUID> done = enrollments.receivedBy(request.id());
        if (done.isPresent()) {
            return done.get();
        }
        StudentService.Received received = students.receiveHandover(handover.record());
        HandoverExit exit = handover.exit();
        enrollments.openFromRegion(received.student(), request.toOrganizationId(), exit.level(), exit.grade(), request.exitDate(),
                request.orderNumber(), request.id());
        List<String> fields = new ArrayList<>(SendingRegion.RECORD_FIELDS);
        fields.add("enrollments");
        fields.add("handover");
        audit.record(actor.entryElsewhere(request.fromRegion(), received.created() ? AuditAction.CREATE : AuditAction.UPDATE,
                received.student().id(), fields));
        return received.student().id();
    }
}
