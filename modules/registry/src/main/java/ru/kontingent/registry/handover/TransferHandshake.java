package ru.kontingent.registry.handover;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.kontingent.platform.federal.FederalIndex;
import ru.kontingent.platform.federal.IndexedStudent;
import ru.kontingent.platform.federal.SnilsHasher;
import ru.kontingent.platform.problem.AccessDeniedException;
import ru.kontingent.platform.region.RegionCatalog;
import ru.kontingent.platform.region.RegionCode;
import ru.kontingent.platform.region.RegionSnapshot;
import ru.kontingent.platform.tenancy.RegionBinding;
import ru.kontingent.platform.view.NotFoundProblem;
import ru.kontingent.platform.view.Uuids;
import ru.kontingent.registry.access.Actor;
import ru.kontingent.registry.access.RegistryCaller;
import ru.kontingent.registry.identity.Snils;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The cross-region transfer handshake, step by step; no method here holds a transaction. Each step
 * is a transaction of its own, in the catalog or in one region, and each is idempotent, so a
 * failure between two steps is finished by running the rest again: an accept of an ACCEPTED request
 * (or the next start, {@link TransferRecovery}) does the receiving region's step.
 */
@ApplicationScoped
public class TransferHandshake {

    private static final Logger LOG = Logger.getLogger(TransferHandshake.class.getName());

    @Inject
    RegistryCaller caller;

    @Inject
    TransferRequestStore store;

    @Inject
    TransferDecisions decisions;

    @Inject
    SendingRegion sending;

    @Inject
    ReceivingRegion receiving;

    @Inject
    FederalIndex index;

    @Inject
    SnilsHasher hasher;

    @Inject
    RegionCatalog regions;

    /** The receiving school (or ministry) asks for the child: routed by the federal index, nothing shown of the child. */
    public TransferRequestView request(TransferRequestInput input) {
        HandoverActor actor = actor();
        caller.requireOwnOrganization(input.toOrganizationId());
        String here = RegionBinding.require().value();
        String snils = Snils.parse(input.snils()).normalized();
        String hash = hasher.hash(snils);
        receiving.requireReceivable(input.toOrganizationId(), snils);
        if (store.hasOpen(hash)) {
            throw new OpenTransferRequestException();
        }
        for (IndexedStudent held : index.enrolledElsewhere(snils)) {
            Optional<RegionSnapshot> from = RegionCode.parse(held.regionCode()).flatMap(regions::find).filter(RegionSnapshot::isActive);
            Optional<UUID> studentId = Uuids.parse(held.studentId());
            if (from.isEmpty() || studentId.isEmpty()) {
                continue;
            }
            Optional<UUID> organization = RegionBinding.callIn(from.get().regionCode(),
                    () -> sending.activeBasicOrganization(studentId.get()));
            if (organization.isPresent()) {
                TransferRequest request = new TransferRequest(UUID.randomUUID(), hash, from.get().code(), studentId.get(),
                        organization.get(), here, input.toOrganizationId(), input.grade(), input.plannedDate(),
                        blankToNull(input.note()), TransferState.REQUESTED, actor.subject(), OffsetDateTime.now(), null, null,
                        null, null, null, null, null);
                store.insert(request);
                return TransferRequestView.outgoing(request);
            }
        }
        throw new ChildNotElsewhereException();
    }

    /** Incoming (this region sends, with its own child's name, journaled) or outgoing (state only). */
    public TransferRequestPage list(boolean incoming, int page, int size) {
        actor();
        String here = RegionBinding.require().value();
        UUID organization = caller.isSchoolOperator() ? caller.organization().orElseThrow() : null;
        TransferRequestStore.Page rows = store.page(incoming, here, organization, page, size);
        if (!incoming) {
            return new TransferRequestPage(rows.items().stream().map(TransferRequestView::outgoing).toList(), page, size, rows.total());
        }
        Map<UUID, ChildName> names = rows.items().isEmpty() ? Map.of()
                : sending.names(rows.items().stream().map(TransferRequest::fromStudentId).toList());
        return new TransferRequestPage(rows.items().stream()
                .map(request -> TransferRequestView.incoming(request, names.get(request.fromStudentId()))).toList(),
                page, size, rows.total());
    }

    /** The sending side accepts: its step, then the receiving region's; a retry finishes what a failure left. */
    public TransferRequestView accept(UUID id, AcceptInput input) {
        HandoverActor actor = actor();
        TransferRequest request = incoming(id);
        if (request.state() == TransferState.REQUESTED) {
            decisions.accept(id, actor, school(), input.date(), input.orderNumber());
        } else if (request.state() == TransferState.DECLINED) {
            throw new TransferRequestClosedException(id, request.state());
        }
        TransferRequest accepted = store.find(id).orElseThrow();
        if (accepted.state() == TransferState.ACCEPTED) {
            try {
                complete(accepted, actor);
            } catch (RuntimeException e) {
                // The sending step is committed; the receiving one is retried by the next accept or at start.
                LOG.log(Level.WARNING, "Transfer request " + id + ": the receiving region's step failed; it stays ACCEPTED", e);
            }
        }
        return TransferRequestView.incoming(store.find(id).orElseThrow(), null);
    }

    public TransferRequestView decline(UUID id, DeclineInput input) {
        HandoverActor actor = actor();
        TransferRequest request = incoming(id);
        if (request.state() != TransferState.REQUESTED) {
            throw new TransferRequestClosedException(id, request.state());
        }
        decisions.decline(id, actor, input.reason());
        return TransferRequestView.incoming(store.find(id).orElseThrow(), null);
    }

    /**
     * ACCEPTED → COMPLETED: the record read in the sending region (one transaction there), stored in the
     * receiving region (one transaction there), then the catalog row. A receiving region that is
     * suspended is waited for: the request stays ACCEPTED.
     */
    boolean complete(TransferRequest request, HandoverActor actor) {
        boolean receiverActive = RegionCode.parse(request.toRegion()).flatMap(regions::find).map(RegionSnapshot::isActive).orElse(false);
        if (!receiverActive) {
            return false;
        }
        SendingRegion.Handover handover = RegionBinding.callIn(RegionCode.of(request.fromRegion()), () -> sending.export(request, actor));
        UUID received = RegionBinding.callIn(RegionCode.of(request.toRegion()), () -> receiving.receive(request, handover, actor));
        store.markCompleted(request.id(), received);
        return true;
    }

    /** Requests this accept or decline may decide: the region's own incoming ones, a school its own child's. */
    private TransferRequest incoming(UUID id) {
        String here = RegionBinding.require().value();
        TransferRequest request = store.find(id).filter(found -> found.fromRegion().equals(here))
                .orElseThrow(() -> new NotFoundProblem("transfer request"));
        UUID school = school();
        if (school != null && !school.equals(request.fromOrganizationId())) {
            throw new AccessDeniedException("The student is not enrolled in the caller's organization.");
        }
        return request;
    }

    private UUID school() {
        return caller.isSchoolOperator() ? caller.organization().orElseThrow() : null;
    }

    private HandoverActor actor() {
        Actor actor = caller.actor();
        return new HandoverActor(actor.subject(), actor.role(), actor.organization());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** For the start-up recovery: every accepted request's receiving step, each failure logged and left for later. */
    int completeAccepted() {
        int completed = 0;
        List<TransferRequest> pending = store.accepted();
        for (TransferRequest request : pending) {
            try {
                if (complete(request, HandoverActor.RECOVERY)) {
                    completed++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Transfer request " + request.id() + " could not be completed; it stays ACCEPTED", e);
            }
        }
        return completed;
    }
}
