package ru.kontingent.portfolio.certificate;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import ru.kontingent.portfolio.access.StudentRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A certificate of general education: one per student and kind (unique: {@code certificate_key}).
 * The row is written by {@link CertificateService}'s replace-by-key statement; its final grades
 * are replaced as a whole through the entity.
 */
@Entity
@Table(name = "certificate")
public class Certificate extends StudentRecord {

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

    protected Certificate() {
    }

    void replaceFinalGrades(List<FinalGradeInput> lines) {
        finalGrades.clear();
        for (FinalGradeInput line : lines) {
            finalGrades.add(new FinalGrade(line.subject(), line.grade()));
        }
    }

    /** Final grades in the order of the subject list. */
    @Override
    protected void putOwnFields(Map<String, Object> view) {
        view.put("kind", kind);
        view.put("series", series);
        view.put("number", number);
        view.put("issueDate", issueDate);
        view.put("finalGrades", finalGrades.stream().sorted(Comparator.comparing(FinalGrade::subject)).map(FinalGrade::view).toList());
    }
}
