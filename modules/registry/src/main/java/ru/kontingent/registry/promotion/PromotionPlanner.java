package ru.kontingent.registry.promotion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import ru.kontingent.platform.problem.FieldError;
import ru.kontingent.platform.problem.InvalidInputException;
import ru.kontingent.platform.problem.ViolationPaths;
import ru.kontingent.registry.access.RegistryCaller;
import ru.kontingent.registry.enrollment.ActiveGeneralEnrollment;
import ru.kontingent.registry.enrollment.GeneralEnrollments;
import ru.kontingent.registry.organization.Organization;
import ru.kontingent.registry.organization.OrganizationService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Resolves a promotion's scope, checks its body as a whole (every bad field in one 400) and plans
 * it. The preview is one read-only transaction over the whole scope; it changes no enrollment, so
 * the region's data generation (and the report caches) stay as they are.
 */
@ApplicationScoped
public class PromotionPlanner {

    /** For checking listed ids when the body has no date: every active enrollment is then a candidate. */
    private static final LocalDate ANY_DATE = LocalDate.of(9999, 12, 31);

    @PersistenceContext(unitName = "kontingent")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    RegistryCaller caller;

    @Inject
    OrganizationService organizations;

    @Inject
    GeneralEnrollments enrollments;

    @Inject
    PromotionJournal journal;

    /** The preview: what the apply would do now. Every listed student is journaled as a READ. */
    @Transactional
    public PromotionResult preview(PromotionScope scope, PromotionInput input) {
        List<ScopedOrganization> covered = checked(scope, input);
        List<ActiveGeneralEnrollment> due = enrollments.active(covered.stream().map(ScopedOrganization::id).toList(), input.date());
        Map<java.util.UUID, List<PlannedStep>> plan = PromotionRules.plan(covered.stream().map(ScopedOrganization::id).toList(), due,
                new HashSet<>(input.heldBack()), new HashSet<>(input.leaving()));
        List<OrganizationPromotion> result = new ArrayList<>();
        for (ScopedOrganization organization : covered) {
            List<PlannedStep> steps = plan.get(organization.id());
            if (steps != null) {
                result.add(new OrganizationPromotion(organization.id(), organization.name(), organization.municipality(), null,
                        steps.stream().map(PlannedStep::view).toList()));
            }
        }
        journal.read(plan.values().stream().flatMap(List::stream).map(step -> step.enrollment().studentId()).toList());
        return new PromotionResult(true, input.date(), input.orderNumber().strip(), result);
    }

    /**
     * The organizations of the scope, once the body and the scope are found right: every bad field
     * of the body, the listed ids that are no students due in the scope, an empty municipality.
     */
    @Transactional
    public List<ScopedOrganization> checked(PromotionScope scope, PromotionInput input) {
        List<ScopedOrganization> covered = covered(scope);
        List<FieldError> errors = new ArrayList<>(ViolationPaths.errors(validator.validate(input), ""));
        if (scope.municipality() != null && covered.isEmpty()) {
            errors.add(new FieldError("municipality", "no organization of the region is in this municipality"));
        }
        List<ActiveGeneralEnrollment> due = enrollments.active(covered.stream().map(ScopedOrganization::id).toList(),
                input.date() == null ? ANY_DATE : input.date());
        errors.addAll(PromotionRules.listErrors(input.heldBack(), input.leaving(), due));
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparing(FieldError::field));
            throw new InvalidInputException(errors);
        }
        return covered;
    }

    private List<ScopedOrganization> covered(PromotionScope scope) {
        if (scope.organizationId() != null) {
            caller.requireOwnOrganization(scope.organizationId());
            Organization organization = organizations.find(scope.organizationId());
            return List.of(new ScopedOrganization(organization.id(), organization.fullName(), organization.municipality()));
        }
        String where = scope.municipality() == null ? "" : " where o.municipality = :municipality";
        var query = em.createQuery("select o from Organization o" + where + " order by o.fullName, o.id", Organization.class);
        if (scope.municipality() != null) {
            query.setParameter("municipality", scope.municipality().strip());
        }
        return query.getResultStream().map(o -> new ScopedOrganization(o.id(), o.fullName(), o.municipality())).toList();
    }
}
