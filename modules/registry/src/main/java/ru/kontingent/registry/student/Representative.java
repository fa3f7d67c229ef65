package ru.kontingent.registry.student;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import ru.kontingent.registry.identity.Snils;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A parent or legal representative of one student. */
@Entity
@Table(name = "representative")
public class Representative {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id")
    private Student student;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Relation relation;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "middle_name")
    private String middleName;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    /** Normalized: 11 digits. */
    @Column(nullable = false)
    private String snils;

    @Column(nullable = false)
    private String citizenship;

    @Embedded
    private IdentityDocument identityDocument;

    protected Representative() {
    }

    Representative(Student student, int position, RepresentativeInput input) {
        this.id = UUID.randomUUID();
        this.student = student;
        this.position = position;
        this.relation = input.relation();
        this.lastName = input.lastName().strip();
        this.firstName = input.firstName().strip();
        this.middleName = Names.optional(input.middleName());
        this.birthDate = input.birthDate();
        this.snils = Snils.parse(input.snils()).normalized();
        this.citizenship = input.citizenship();
        this.identityDocument = IdentityDocument.of(input.identityDocument());
    }

    String snils() {
        return snils;
    }

    Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("relation", relation);
        view.put("lastName", lastName);
        view.put("firstName", firstName);
        view.put("middleName", middleName);
        view.put("birthDate", birthDate);
        view.put("snils", Snils.parse(snils).formatted());
        view.put("citizenship", citizenship);
        view.put("identityDocument", identityDocument.view());
        return view;
    }
}
