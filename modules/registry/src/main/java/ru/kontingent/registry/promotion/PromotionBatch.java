package ru.kontingent.registry.promotion;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One organization's applied promotion: the order, who applied it, every student's step, and its undo. */
@Entity
@Table(name = "promotion_batch")
public class PromotionBatch {

    @Id
    private UUID id;

    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;

    @Column(name = "promotion_date", nullable = false)
    private LocalDate date;

    @Column(name = "order_number", nullable = false)
    private String orderNumber;

    @Column(name = "applied_by", nullable = false)
    private String appliedBy;

    @Column(name = "applied_at", nullable = false)
    private OffsetDateTime appliedAt;

    @Column(name = "undone_by")
    private String undoneBy;

    @Column(name = "undone_at")
    private OffsetDateTime undoneAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "promotion_step", joinColumns = @JoinColumn(name = "batch_id"))
    @OrderColumn(name = "position")
    private List<BatchStep> steps = new ArrayList<>();

    protected PromotionBatch() {
    }

    PromotionBatch(UUID organizationId, LocalDate date, String orderNumber, String appliedBy) {
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
        this.date = date;
        this.orderNumber = orderNumber;
        this.appliedBy = appliedBy;
        this.appliedAt = OffsetDateTime.now();
    }

    void add(BatchStep step) {
        steps.add(step);
    }

    void undo(String by) {
        if (undoneAt != null) {
            throw new BatchAlreadyUndoneException(id);
        }
        undoneBy = by;
        undoneAt = OffsetDateTime.now();
    }

    UUID id() {
        return id;
    }

    UUID organizationId() {
        return organizationId;
    }

    LocalDate date() {
        return date;
    }

    String orderNumber() {
        return orderNumber;
    }

    OffsetDateTime appliedAt() {
        return appliedAt;
    }

    OffsetDateTime undoneAt() {
        return undoneAt;
    }

    List<BatchStep> steps() {
        return steps;
    }
}
