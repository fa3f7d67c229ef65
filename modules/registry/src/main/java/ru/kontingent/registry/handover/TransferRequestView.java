package ru.kontingent.registry.handover;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A transfer request as one side sees it. The sending region (incoming): its own student's id,
 * organization and, in lists, name. The receiving region (outgoing): the state and its own request
 * fields only; where the child is (region, organization) and who it is stay hidden until the
 * handover completes, and then {@code studentId} is the receiving region's new record.
 */
public record TransferRequestView(UUID id, TransferState state, String fromRegion, UUID fromOrganizationId, String toRegion,
                                  UUID toOrganizationId, UUID studentId, Integer grade, LocalDate plannedDate, String note,
                                  OffsetDateTime requestedAt, OffsetDateTime decidedAt, String declineReason,
                                  LocalDate exitDate, String orderNumber, OffsetDateTime completedAt, ChildName child) {

    static TransferRequestView incoming(TransferRequest request, ChildName child) {
        return new TransferRequestView(request.id(), request.state(), request.fromRegion(), request.fromOrganizationId(),
                request.toRegion(), request.toOrganizationId(), request.fromStudentId(), request.grade(), request.plannedDate(),
                request.note(), request.requestedAt(), request.decidedAt(), request.declineReason(), request.exitDate(),
                request.orderNumber(), request.completedAt(), child);
    }

    static TransferRequestView outgoing(TransferRequest request) {
        boolean completed = request.state() == TransferState.COMPLETED;
        return new TransferRequestView(request.id(), request.state(), completed ? request.fromRegion() : null, null,
                request.toRegion(), request.toOrganizationId(), request.toStudentId(), request.grade(), request.plannedDate(),
                request.note(), request.requestedAt(), request.decidedAt(), request.declineReason(), request.exitDate(),
                request.orderNumber(), request.completedAt(), null);
    }
}
