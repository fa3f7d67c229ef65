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

    @Embedded
    private Person person;

    protected Representative() {
    }

    Representative(Student student, int position, RepresentativeInput input) {
        this.id = UUID.randomUUID();
        this.student = student;
        this.position = position;
        this.relation = input.relation();
        this.person = Person.of(input.lastName(), input.firstName(), input.middleName(), input.birthDate(), input.snils(),
                input.citizenship(), input.identityDocument());
    }

    String snils() {
        return person.snils();
    }

    /** The representative as the API would receive it: what a handover carries to another region. */
    RepresentativeInput input() {
        return new RepresentativeInput(relation, person.lastName(), person.firstName(), person.middleName(), person.birthDate(),
                person.snils(), person.citizenship(), person.documentInput());
    }

    RepresentativeContent content() {
        return new RepresentativeContent(relation.name(), person.content());
    }

    Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("relation", relation);
        person.putNameAndBirthDate(view);
        person.putIdentity(view);
        return view;
    }
}
