package ru.kontingent.health.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One dated state of a child's health. Records are never changed: a change is a new record, so
 * the state at any past date (and who recorded what) can always be shown again. {@code version}
 * numbers a student's records 1, 2, 3... in the order they were made; a unique key on it makes two
 * concurrent updates of the same version collide instead of both landing.
 */
@Entity
@Table(name = "health_record")
public class HealthRecord {

    @Id
    private UUID id;

    @Column(name = "student_id", nullable = false)
    private UUID studentId;

    @Column(nullable = false)
    private long version;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "health_group", nullable = false)
    private HealthGroup healthGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "pe_group", nullable = false)
    private PeGroup peGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "disability_category")
    private DisabilityCategory disabilityCategory;

    @Enumerated(EnumType.STRING)
    @Column(name = "disability_reason")
    private DisabilityReason disabilityReason;

    @Column(name = "disability_from")
    private LocalDate disabilityFrom;

    @Column(name = "disability_to")
    private LocalDate disabilityTo;

    @Column(name = "adapted_program_needed", nullable = false)
    private boolean adaptedProgramNeeded;

    @Column(name = "long_term_treatment_needed", nullable = false)
    private boolean longTermTreatmentNeeded;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected HealthRecord() {
    }

    HealthRecord(UUID studentId, long version, LocalDate validFrom, HealthRecordInput input, String recordedBy) {
        this.id = UUID.randomUUID();
        this.studentId = studentId;
        this.version = version;
        this.validFrom = validFrom;
        this.healthGroup = input.healthGroup();
        this.peGroup = input.peGroup();
        DisabilityInput disability = input.disability();
        if (disability != null) {
            this.disabilityCategory = disability.category();
            this.disabilityReason = disability.reason();
            this.disabilityFrom = disability.from();
            this.disabilityTo = disability.to();
        }
        this.adaptedProgramNeeded = input.adaptedProgramNeeded();
        this.longTermTreatmentNeeded = input.longTermTreatmentNeeded();
        this.recordedAt = OffsetDateTime.now();
        this.recordedBy = recordedBy;
    }

    long version() {
        return version;
    }

    /** Every field, in API order; a role's view is a restriction of this. */
    Map<String, Object> fullView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("studentId", studentId);
        view.put("version", version);
        view.put("validFrom", validFrom);
        view.put("healthGroup", healthGroup);
        view.put("peGroup", peGroup);
        view.put("disability", disabilityView());
        view.put("adaptedProgramNeeded", adaptedProgramNeeded);
        view.put("longTermTreatmentNeeded", longTermTreatmentNeeded);
        view.put("recordedAt", recordedAt);
        return view;
    }

    private Map<String, Object> disabilityView() {
        if (disabilityCategory == null) {
            return null;
        }
        Map<String, Object> disability = new LinkedHashMap<>();
        disability.put("category", disabilityCategory);
        disability.put("reason", disabilityReason);
        disability.put("from", disabilityFrom);
        disability.put("to", disabilityTo);
        return disability;
    }
}
