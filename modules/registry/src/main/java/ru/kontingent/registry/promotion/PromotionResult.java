package ru.kontingent.registry.promotion;

import java.time.LocalDate;
import java.util.List;

/** The answer of a promotion call: the preview ({@code dryRun}) or what was applied, per organization. */
public record PromotionResult(boolean dryRun, LocalDate date, String orderNumber, List<OrganizationPromotion> organizations) {
}
