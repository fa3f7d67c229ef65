package ru.kontingent.registry.handover;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.kontingent.platform.region.RegionCode;
import ru.kontingent.platform.tenancy.RegionBinding;
import ru.kontingent.platform.view.NotFoundProblem;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The sending school's decision. The catalog row is locked for the whole decision, so an accept and
 * a decline of the same request are serialized; the sending region's step runs inside it as its own
 * transaction in that region (never one transaction over the catalog and a region's data, which may
 * one day live on different servers). If the region's step commits and the catalog update does not,
 * the request stays REQUESTED with the enrollment already ended: the next accept finds the step done
 * (the enrollment carries the request) and only moves the state; a decline is then refused.
 */
@ApplicationScoped
public class TransferDecisions {

    @Inject
    TransferRequestStore store;

    @Inject
    SendingRegion sending;

    /** REQUESTED → ACCEPTED; a request already accepted is left as it is (a retry). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void accept(UUID id, HandoverActor actor, UUID schoolOrganization, LocalDate date, String orderNumber) {
        TransferRequest request = store.lock(id).orElseThrow(() -> new NotFoundProblem("transfer request"));
        switch (request.state()) {
            case ACCEPTED, COMPLETED -> {
                return;
            }
            case DECLINED -> throw new TransferRequestClosedException(id, request.state());
            case REQUESTED -> {
            }
        }
        TransferRequest decided = withDecision(request, date, orderNumber);
        RegionBinding.callIn(RegionCode.of(request.fromRegion()), () -> sending.leave(decided, actor, schoolOrganization));
        store.markAccepted(id, actor.subject(), date, orderNumber);
    }

    /** REQUESTED → DECLINED, unless the sending step already ran (then only an accept can finish it). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void decline(UUID id, HandoverActor actor, String reason) {
        TransferRequest request = store.lock(id).orElseThrow(() -> new NotFoundProblem("transfer request"));
        if (request.state() != TransferState.REQUESTED) {
            throw new TransferRequestClosedException(id, request.state());
        }
        boolean begun = RegionBinding.callIn(RegionCode.of(request.fromRegion()), () -> sending.handedOver(id));
        if (begun) {
            throw new TransferRequestClosedException(id, TransferState.ACCEPTED);
        }
        store.markDeclined(id, actor.subject(), reason.strip());
    }

    private static TransferRequest withDecision(TransferRequest r, LocalDate date, String orderNumber) {
        return new TransferRequest(r.id(), r.snilsHash(), r.fromRegion(), r.fromStudentId(), r.fromOrganizationId(), r.toRegion(),
                r.toOrganizationId(), r.grade(), r.plannedDate(), r.note(), r.state(), r.requestedBy(), r.requestedAt(),
                r.decidedBy(), r.decidedAt(), r.declineReason(), date, orderNumber.strip(), r.toStudentId(), r.completedAt());
    }
}
