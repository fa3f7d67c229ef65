package ru.kontingent.registry.promotion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * The promotion calls: a preview in one transaction, or the apply, checked as a whole first and
 * then committed one organization at a time (each organization one batch that can be undone alone).
 */
@ApplicationScoped
public class PromotionService {

    @Inject
    PromotionPlanner planner;

    @Inject
    PromotionBatches batches;

    public PromotionResult promote(PromotionScope scope, PromotionInput input, boolean dryRun) {
        if (dryRun) {
            return planner.preview(scope, input);
        }
        List<ScopedOrganization> covered = planner.checked(scope, input);
        List<OrganizationPromotion> applied = new ArrayList<>();
        for (ScopedOrganization organization : covered) {
            OrganizationPromotion done = batches.apply(organization, input);
            if (!done.students().isEmpty()) {
                applied.add(done);
            }
        }
        return new PromotionResult(false, input.date(), input.orderNumber().strip(), applied);
    }
}
