package ru.kontingent.registry.handover;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A row of {@code platform.transfer_request}: no personal data in clear. The child is known by the
 * keyed hash of its SNILS and by its student id in the sending region (as in the federal index).
 */
public record TransferRequest(UUID id, String snilsHash, String fromRegion, UUID fromStudentId, UUID fromOrganizationId,
                              String toRegion, UUID toOrganizationId, Integer grade, LocalDate plannedDate, String note,
                              TransferState state, String requestedBy, OffsetDateTime requestedAt, String decidedBy,
                              OffsetDateTime decidedAt, String declineReason, LocalDate exitDate, String orderNumber,
                              UUID toStudentId, OffsetDateTime completedAt) {

    /** The text beside the sending enrollment's exit reason. */
    String exitNote() {
        return "moved to region " + toRegion + " (order " + orderNumber + ")";
    }
}
