package ru.kontingent.registry.promotion;

import java.util.UUID;

/**
 * Which organizations a promotion covers: one organization, every organization of a municipality,
 * or the whole region. Exactly one of the ids applies; none means the region.
 */
public record PromotionScope(UUID organizationId, String municipality) {

    public static PromotionScope organization(UUID id) {
        return new PromotionScope(id, null);
    }

    public static PromotionScope municipality(String name) {
        return new PromotionScope(null, name);
    }

    public static PromotionScope region() {
        return new PromotionScope(null, null);
    }
}
