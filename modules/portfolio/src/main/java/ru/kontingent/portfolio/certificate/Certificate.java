package ru.kontingent.portfolio.certificate;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A certificate of general education: one per student and kind (unique: {@code certificate_key}).
 * The row is written by {@link CertificateService}'s replace-by-key statement; its final grades
 * are replaced as a whole through the entity.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    @Id
    private UUID id;

    @Column(name = "student_id", nullable = false)
    private UUID studentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CertificateKind kind;

    private String series;

    @Column(nullable = false)
    private String number;

    @Column(name = "issue_date", nullable = false)
    private LocalDate issueDate;

    @ElementCollection
    @CollectionTable(name = "certificate_final_grade", joinColumns = @JoinColumn(name = "certificate_id"))
    private List<FinalGrade> finalGrades = new ArrayList<>();

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected Certificate() {
    }

    void replaceFinalGrades(List<FinalGradeInput> lines) {
        finalGrades.clear();
        for (FinalGradeInput line : lines) {
            finalGrades.add(new FinalGrade(line.subject(), line.grade()));
        }
    }

    /** Every field, in API order; final grades in the order of the subject list. */
    Map<String, Object> fullView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("studentId", studentId);
        view.put("kind", kind);
        view.put("series", series);
        view.put("number", number);
        view.put("issueDate", issueDate);
        view.put("finalGrades", finalGrades.stream().sorted(Comparator.comparing(FinalGrade::subject)).map(FinalGrade::view).toList());
        view.put("createdAt", createdAt);
        view.put("updatedAt", updatedAt);
        return view;
    }
}
