package ru.kontingent.registry.promotion;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A recorded promotion batch: one organization's applied promotion, and whether it was undone. */
public record BatchView(UUID batchId, UUID organizationId, String organizationName, String municipality, LocalDate date,
                        String orderNumber, OffsetDateTime appliedAt, OffsetDateTime undoneAt, List<PromotedStudent> students) {
}
