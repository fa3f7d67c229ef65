package ru.kontingent.registry.promotion;

import java.util.List;
import java.util.UUID;

/** The promotion of one organization: its batch once applied (null in a preview) and its students. */
public record OrganizationPromotion(UUID organizationId, String organizationName, String municipality, UUID batchId,
                                    List<PromotedStudent> students) {
}
