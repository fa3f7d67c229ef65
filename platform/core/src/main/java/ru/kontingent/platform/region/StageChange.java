package ru.kontingent.platform.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One recorded move of a region's rollout stage. */
@Entity
@Table(name = "stage_change", schema = "platform")
public class StageChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_code", nullable = false)
    private String regionCode;

    @Column(name = "from_stage")
    private Integer fromStage;

    @Column(name = "to_stage", nullable = false)
    private int toStage;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    protected StageChange() {
    }

    public StageChange(String regionCode, Integer fromStage, int toStage, String changedBy) {
        this.regionCode = regionCode;
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.changedBy = changedBy;
        this.changedAt = OffsetDateTime.now();
    }

    public StageChangeView view() {
        return new StageChangeView(fromStage, toStage, changedBy, changedAt);
    }
}
