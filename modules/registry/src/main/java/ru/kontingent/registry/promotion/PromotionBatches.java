package ru.kontingent.registry.promotion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.kontingent.platform.view.NotFoundProblem;
import ru.kontingent.registry.access.RegistryCaller;
import ru.kontingent.registry.enrollment.ActiveGeneralEnrollment;
import ru.kontingent.registry.enrollment.EnrollmentStep;
import ru.kontingent.registry.enrollment.GeneralEnrollments;
import ru.kontingent.registry.organization.Organization;
import ru.kontingent.registry.organization.OrganizationService;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Promotion batches: applying one organization's promotion (its own transaction, so a region-wide
 * promotion commits organization by organization), showing a batch and undoing it.
 */
@ApplicationScoped
public class PromotionBatches {

    @PersistenceContext(unitName = "kontingent")
    EntityManager em;

    @Inject
    RegistryCaller caller;

    @Inject
    OrganizationService organizations;

    @Inject
    GeneralEnrollments enrollments;

    @Inject
    PromotionJournal journal;

    /**
     * Plans the organization's promotion again from what is stored now (with the same rules as the
     * preview) and applies it: each changing student's enrollment ends on the date, the next opens
     * from it with the order's number; the batch records every step.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public OrganizationPromotion apply(ScopedOrganization organization, PromotionInput input) {
        List<ActiveGeneralEnrollment> due = enrollments.active(List.of(organization.id()), input.date());
        List<PlannedStep> steps = PromotionRules.plan(List.of(organization.id()), due, new HashSet<>(input.heldBack()),
                new HashSet<>(input.leaving())).getOrDefault(organization.id(), List.of());
        if (steps.isEmpty()) {
            return new OrganizationPromotion(organization.id(), organization.name(), organization.municipality(), null, List.of());
        }
        String orderNumber = input.orderNumber().strip();
        PromotionBatch batch = new PromotionBatch(organization.id(), input.date(), orderNumber, caller.caller().subject());
        em.persist(batch);
        for (PlannedStep step : steps) {
            UUID opened = null;
            if (step.changes()) {
                opened = enrollments.step(step.enrollment().enrollmentId(), input.date(), step.endReason(), step.toLevel(),
                        step.toGrade(), orderNumber);
            }
            batch.add(new BatchStep(step, opened));
        }
        journal.updated(steps.stream().filter(PlannedStep::changes).map(step -> step.enrollment().studentId()).toList());
        journal.read(steps.stream().filter(step -> !step.changes()).map(step -> step.enrollment().studentId()).toList());
        return new OrganizationPromotion(organization.id(), organization.name(), organization.municipality(), batch.id(),
                steps.stream().map(PlannedStep::view).toList());
    }

    @Transactional
    public BatchView show(UUID batchId) {
        PromotionBatch batch = find(batchId, false);
        journal.read(batch.steps().stream().map(BatchStep::studentId).toList());
        return view(batch);
    }

    /**
     * Reverts the batch exactly, unless a basic enrollment of one of its changed students moved on
     * since (then 409 naming them, and nothing changes).
     */
    @Transactional
    public BatchView undo(UUID batchId) {
        PromotionBatch batch = find(batchId, true);
        batch.undo(caller.caller().subject());
        List<EnrollmentStep> steps = batch.steps().stream().filter(BatchStep::changed).map(step -> step.enrollmentStep(batch.date())).toList();
        Set<UUID> blocking = enrollments.changedSince(steps, batch.appliedAt());
        if (!blocking.isEmpty()) {
            throw new UndoBlockedException(blocking);
        }
        em.flush();
        enrollments.revert(steps);
        journal.updated(steps.stream().map(EnrollmentStep::studentId).toList());
        journal.read(batch.steps().stream().filter(step -> !step.changed()).map(BatchStep::studentId).toList());
        return view(batch);
    }

    /** The batch of the caller's region; a school operator's own organization's only (403 otherwise). */
    private PromotionBatch find(UUID batchId, boolean lock) {
        PromotionBatch batch = lock ? em.find(PromotionBatch.class, batchId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(PromotionBatch.class, batchId);
        if (batch == null) {
            throw new NotFoundProblem("promotion batch");
        }
        caller.requireOwnOrganization(batch.organizationId());
        return batch;
    }

    private BatchView view(PromotionBatch batch) {
        Organization organization = organizations.find(batch.organizationId());
        Map<UUID, String[]> names = names(batch.steps().stream().map(BatchStep::studentId).toList());
        return new BatchView(batch.id(), organization.id(), organization.fullName(), organization.municipality(), batch.date(),
                batch.orderNumber(), batch.appliedAt(), batch.undoneAt(),
                batch.steps().stream().map(step -> step.view(names.get(step.studentId()))).toList());
    }

    private Map<UUID, String[]> names(List<UUID> students) {
        Map<UUID, String[]> names = new HashMap<>();
        if (students.isEmpty()) {
            return names;
        }
        em.createQuery("select s.id, s.person.lastName, s.person.firstName, s.person.middleName from Student s where s.id in :ids",
                        Object[].class)
                .setParameter("ids", students).getResultStream()
                .forEach(row -> names.put((UUID) row[0], new String[]{(String) row[1], (String) row[2], (String) row[3]}));
        return names;
    }
}
